import type { ModelActivation } from '../core/ports/model-registry.js';

/**
 * Versions in use, oldest promotion at the bottom: a promotion pushes, a rollback pops back to
 * the version promoted before. The top is the active model.
 */
export function activationStack(activations: readonly Pick<ModelActivation, 'version' | 'action'>[]): string[] {
  const stack: string[] = [];
  for (const { version, action } of activations) {
    if (action === 'promote') stack.push(version);
    else stack.pop();
  }
  return stack;
}
