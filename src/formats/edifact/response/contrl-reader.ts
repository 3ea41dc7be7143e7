import type { EdifactMessage } from '../syntax/edifact-message.js';
import { optionalAt, valueAt, type EdifactSegment } from '../syntax/edifact-segment.js';

/** An error a CONTRL reports: ISO 9735 code (0085), service segment (0013), element and component (S011). */
export interface ContrlError {
  code: string;
  serviceSegment?: string;
  /** Data element position, the segment tag counting as 1. */
  element?: number;
  component?: number;
}

export interface ContrlSegmentReport {
  /** Position of the segment in the message answered (UNH = 1). */
  position: number;
  code?: string;
  elements: ContrlError[];
}

export interface ContrlMessageReport {
  reference: string;
  type: string;
  version: string;
  release: string;
  action: string;
  error?: ContrlError;
  groupReference?: string;
  segments: ContrlSegmentReport[];
}

/** A CONTRL message read back: what the receiver of an interchange acknowledged or rejected, and why. */
export interface ContrlReport {
  interchangeReference: string;
  sender?: string;
  recipient?: string;
  /** 0083: 4 rejected, 7 acknowledged, 8 received. */
  action: string;
  error?: ContrlError;
  groups: { reference: string; action: string; error?: ContrlError }[];
  messages: ContrlMessageReport[];
}

function errorAt(segment: EdifactSegment, from: number): ContrlError | undefined {
  const code = optionalAt(segment, from);
  if (code === undefined) return undefined;
  const serviceSegment = optionalAt(segment, from + 1);
  const element = optionalAt(segment, from + 2, 0);
  const component = optionalAt(segment, from + 2, 1);
  return {
    code,
    ...(serviceSegment ? { serviceSegment } : {}),
    ...(element ? { element: Number(element) } : {}),
    ...(component ? { component: Number(component) } : {}),
  };
}

/** Reads a CONTRL message (syntax 3 or 4 layout) into its report. */
export function readContrl(message: EdifactMessage): ContrlReport {
  const version4 = message.header.version === '4';
  const report: ContrlReport = { interchangeReference: '', action: '', groups: [], messages: [] };
  let group: string | undefined;
  let current: ContrlMessageReport | undefined;
  let segmentReport: ContrlSegmentReport | undefined;
  for (const segment of message.segments) {
    switch (segment.tag) {
      case 'UCI': {
        const error = errorAt(segment, 4);
        Object.assign(report, {
          interchangeReference: valueAt(segment, 0),
          sender: valueAt(segment, 1),
          recipient: valueAt(segment, 2),
          action: valueAt(segment, 3),
          ...(error ? { error } : {}),
        });
        break;
      }
      case 'UCF': {
        group = valueAt(segment, 0);
        const error = errorAt(segment, 4);
        report.groups.push({ reference: group, action: valueAt(segment, 3), ...(error ? { error } : {}) });
        break;
      }
      case 'UCM': {
        const error = errorAt(segment, 3);
        current = {
          reference: valueAt(segment, 0),
          type: valueAt(segment, 1, 0),
          version: valueAt(segment, 1, 1),
          release: valueAt(segment, 1, 2),
          action: valueAt(segment, 2),
          ...(error ? { error } : {}),
          ...(group ? { groupReference: group } : {}),
          segments: [],
        };
        report.messages.push(current);
        break;
      }
      case 'UCS': {
        const code = optionalAt(segment, version4 ? 2 : 1);
        segmentReport = { position: Number(valueAt(segment, 0)), ...(code ? { code } : {}), elements: [] };
        current?.segments.push(segmentReport);
        break;
      }
      case 'UCD':
        segmentReport?.elements.push({
          code: valueAt(segment, 0),
          element: Number(valueAt(segment, 1, 0)),
          ...(optionalAt(segment, 1, 1) ? { component: Number(valueAt(segment, 1, 1)) } : {}),
        });
        break;
    }
  }
  return report;
}
