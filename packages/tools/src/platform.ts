import { ActionError } from '@service-pipeline/action-kit';

export const TOOL_PLATFORMS = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64'] as const;
export type ToolPlatform = (typeof TOOL_PLATFORMS)[number];

export function isToolPlatform(value: string): value is ToolPlatform {
  return (TOOL_PLATFORMS as readonly string[]).includes(value);
}

/** The release platform of this machine; the tools publish archives only for these four. */
export function currentPlatform(os: string = process.platform, arch: string = process.arch): ToolPlatform {
  const platform = `${os}-${arch}`;
  if (!isToolPlatform(platform)) {
    throw new ActionError(
      `no pinned tool release for platform ${platform}`,
      `run on one of ${TOOL_PLATFORMS.join(', ')}, or pass the path of an installed binary`,
    );
  }
  return platform;
}
