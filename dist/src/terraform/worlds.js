import { emptyModel } from '../model/model.js';
import { loadTerraform } from './load.js';
export class TerraformWorlds {
    input;
    worlds = new Map();
    /** The plan of each library-module file that has scenarios. */
    plans = new Map();
    constructor(input) {
        this.input = input;
    }
    /** The number of scenarios (the largest plan's); known once scenario 0 is loaded. */
    get scenarios() {
        return Math.max(1, ...[...this.plans.values()].map((p) => p.scenarios.length));
    }
    get(scenario) {
        const i = this.plans.size === 0 ? 0 : Math.min(scenario, this.scenarios - 1);
        const hit = this.worlds.get(i);
        if (hit)
            return hit;
        const model = emptyModel();
        const states = new Map();
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
        if (i === 0)
            this.input = { ...this.input, onError: () => { } };
        const w = { model, consumed, states };
        this.worlds.set(i, w);
        return w;
    }
}
