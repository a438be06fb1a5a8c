export type { ChartMetadata, PackagedChart } from './chart.js';
export { checkChartVersion, packageChart } from './chart.js';
export type { PushedChart } from './push-chart.js';
export { chartTag, HelmMediaType, pushChart } from './push-chart.js';
