import type { FastifyInstance } from 'fastify';
import type { TamgaServices } from '../../app/tamga-services.js';

export function referenceRoutes(_app: FastifyInstance, _services: TamgaServices): void {}
