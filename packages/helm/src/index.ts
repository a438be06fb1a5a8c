export { checkChartVersion, packageChart } from './chart.js';
export type { ChartMetadata, PackagedChart } from './chart.js';
export { chartTag, HelmMediaType, pushChart } from './push-chart.js';
export type { PushedChart } from './push-chart.js';
