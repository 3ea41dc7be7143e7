export interface User {
  id: string;
  username: string;
  displayName: string;
  role: 'admin' | 'risk-officer' | 'analyst' | 'agency';
  memberId?: string;
  mustChangePassword: boolean;
}

export interface Meta {
  declarations: number;
  firstDate?: string;
  lastDate?: string;
  offices: { office: string; declarations: number }[];
  sources: { source: string; declarations: number }[];
  scored: number;
  inspected: number;
}

export interface Capabilities {
  riskQueue: boolean;
  inspectionResult: boolean;
  riskModels: boolean;
  riskPerformance: boolean;
  exchange: boolean;
  exchangeMonitor: boolean;
  verification: boolean;
  routing: boolean;
}

export interface Tally {
  declarations: number;
  inspected: number;
  hits: number;
  hitRate: number;
}

export interface QualityGroup {
  key: string;
  declarations: number;
  meanScore: number;
  withErrors: number;
  buckets: Record<string, number>;
  topRules: { ruleId: string; declarations: number }[];
}

export interface Finding {
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  fix: string;
  value?: string;
  pointer: { path: string; wcoId: string; sections: { classId: string; sequence?: number }[] };
}
