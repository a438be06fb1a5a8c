export type { InstalledTool, InstallToolOptions } from './install.js';
export { binaryVersion, ChecksumMismatchError, findOnPath, installTool, releaseUrl, sha256File } from './install.js';
export type { InstallRecord } from './install-record.js';
export { readInstallRecord, writeInstallRecord } from './install-record.js';
export type { GoBuild, GoToolName, ToolName, ToolSpec } from './manifest.js';
export { GO_TOOLS, TOOLS } from './manifest.js';
export type { ToolPlatform } from './platform.js';
export { currentPlatform, isToolPlatform, TOOL_PLATFORMS } from './platform.js';
