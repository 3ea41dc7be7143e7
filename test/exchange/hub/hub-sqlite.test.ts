import { hubScenario } from './hub-scenario.js';

hubScenario('sqlite');
