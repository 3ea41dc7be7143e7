import { describe } from 'vitest';
import { checkService, postgresUrl } from '../../support/services.js';
import { hubScenario } from './hub-scenario.js';

const check = await checkService('PostgreSQL', postgresUrl);

describe.skipIf(!check.available)('PostgreSQL', () => hubScenario('postgres'));
