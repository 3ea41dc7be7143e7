/**
 * Who signs in to the dashboard: administrators (users, everything), risk officers (the queue,
 * inspection results, everything readable), analysts (everything, read-only) and agency users
 * (only what their exchange member's agreements project; no queue, no aggregates).
 */
export const ROLES = ['admin', 'risk-officer', 'analyst', 'agency'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

export interface DashboardUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** The exchange member an agency user acts for. */
  memberId?: string;
  mustChangePassword: boolean;
  disabled: boolean;
  sessionEpoch: number;
}

/** A user as shown to clients: everything but the password hash. */
export function visibleUser<T extends DashboardUser>(user: T & { passwordHash?: string }): DashboardUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    ...(user.memberId ? { memberId: user.memberId } : {}),
    mustChangePassword: user.mustChangePassword,
    disabled: user.disabled,
    sessionEpoch: user.sessionEpoch,
  };
}
