// Terraform in the "worlds" of a lint run (lint.ts): one model per scenario of the library modules
// (scenarios.ts), loaded when a world first needs it, with the `var.x=value` state of each library
// module's files for `[when …]` labels — the same machinery CloudFormation conditions use.
import type { FileState } from '../cfn/label.js';
import { emptyModel, type Model } from '../model/model.js';
import { loadTerraform, type TerraformInput } from './load.js';
import type { TfPlan } from './scenarios.js';

export interface TerraformWorld {
  readonly model: Model;
  /** Files read through file() / templatefile() (inputs of Terraform, not documents). */
  readonly consumed: Set<string>;
  /** Per library-module file: the explored inputs' values in this scenario. */
  readonly states: Map<string, FileState>;
}

export class TerraformWorlds {
  private readonly worlds = new Map<number, TerraformWorld>();
  /** The plan of each library-module file that has scenarios. */
  readonly plans = new Map<string, TfPlan>();

  constructor(private input: Omit<TerraformInput, 'scenario' | 'onScenario'>) {}

  /** The number of scenarios (the largest plan's); known once scenario 0 is loaded. */
  get scenarios(): number {
    return Math.max(1, ...[...this.plans.values()].map((p) => p.scenarios.length));
  }

  get(scenario: number): TerraformWorld {
    const i = this.plans.size === 0 ? 0 : Math.min(scenario, this.scenarios - 1);
    const hit = this.worlds.get(i);
    if (hit) return hit;
    const model = emptyModel();
    const states = new Map<string, FileState>();
    const consumed = loadTerraform(model, {
      ...this.input,
      scenario: i,
      onScenario: (files, plan, labels) => {
        for (const f of files) {
          this.plans.set(f, plan);
          states.set(f, { conds: new Map(), params: labels });
        }
      },
    });
    // Errors in the files are reported once, from the first load.
    if (i === 0) this.input = { ...this.input, onError: () => {} };
    const w = { model, consumed, states };
    this.worlds.set(i, w);
    return w;
  }
}
