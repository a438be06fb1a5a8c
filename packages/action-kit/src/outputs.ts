import * as core from './runner.js';

export function setOutputs(values: Record<string, string | number | boolean | object>): void {
  for (const [name, value] of Object.entries(values)) {
    core.setOutput(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
}
