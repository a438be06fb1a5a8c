import type { ToolPlatform } from './platform.js';

/** How one tool is released: where its archives live and how to tell which version a binary is. */
export interface ToolSpec {
  name: string;
  /** The version installed when none is asked for. */
  version: string;
  /** Where release archives are downloaded from; `{tag}` is the release tag (`v` + version). */
  baseUrl: string;
  /** Archive file name of a version for a platform (goreleaser naming differs per project). */
  asset: (version: string, platform: ToolPlatform) => string;
  /** Path of the executable inside the archive. */
  binary: string;
  /**
   * sha256 of each release archive, per version and platform, copied from the project's
   * published checksums. A platform without a digest is not installable: nothing runs unverified.
   */
  sha256: Record<string, Partial<Record<ToolPlatform, string>>>;
  versionArgs: string[];
  /** Extracts the version from the output of `versionArgs`. */
  versionPattern: RegExp;
}

/**
 * How a tool is built from its Go module (`pnpm run tools`, scripts/tools.ts): the tests and
 * `.ci/run` use these local builds; runners keep downloading the release archives above.
 */
export interface GoBuild {
  /** Module path as the Go module proxy serves it. */
  module: string;
  /** Module version (`v` + semver). */
  version: string;
  /** Import path of the main package. */
  package: string;
  /** Name of the built executable. */
  binary: string;
  /**
   * `-X` assignments the project's own release build sets (`{version}` is the module version
   * without `v`), so `--version` prints what a release prints where the tool reads ldflags.
   */
  ldflags?: string[];
  /** Build environment the project's release build sets (trivy needs GOEXPERIMENT=jsonv2). */
  env?: Record<string, string>;
  /**
   * The module whose go.mod decides this tool's version (syft is built at the version grype
   * requires, so the SBOMs grype reads come from the syft grype was tested with).
   */
  versionFrom?: string;
  /** Set when the Go module proxy refuses the module: the tool cannot be built here. */
  notServed?: string;
}

const goreleaser =
  (name: string, os: Record<'linux' | 'darwin', string>, arch: Record<'x64' | 'arm64', string>, sep = '_') =>
  (version: string, platform: ToolPlatform): string => {
    const [o, a] = platform.split('-') as ['linux' | 'darwin', 'x64' | 'arm64'];
    return `${name}_${version}_${os[o]}${sep}${arch[a]}.tar.gz`;
  };

const lowerGo = { os: { linux: 'linux', darwin: 'darwin' }, arch: { x64: 'amd64', arm64: 'arm64' } } as const;

/*
 * Digests: trivy 0.69.2, grype and syft from cashapp/hermit-packages (trivy.hcl, grype.hcl,
 * syft.hcl), which records the sha256 of each GitHub release asset; trivy 0.74.0 from several
 * projects' pinned install scripts that copy trivy_0.74.0_checksums.txt (the Linux digests agree
 * across four of them, the macOS ones come from one); kubeconform from a pinned Bazel rule
 * (silence-operator, kubeconform.bzl) and hermit's kubeconform.hcl, which agree.
 * Runners download these; the tests run the same tools built from GO_TOOLS below. grype and syft
 * stay at older releases here: no published digest of grype 0.121.3 or syft 1.57.1 was found.
 */
export const TOOLS = {
  trivy: {
    name: 'trivy',
    version: '0.74.0',
    baseUrl: 'https://github.com/aquasecurity/trivy/releases/download/{tag}',
    asset: goreleaser('trivy', { linux: 'Linux', darwin: 'macOS' }, { x64: '64bit', arm64: 'ARM64' }, '-'),
    binary: 'trivy',
    sha256: {
      '0.74.0': {
        'linux-x64': '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a',
        'linux-arm64': 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5',
        'darwin-x64': '472816f6888dda689d075c30254d4210b4d1035acf365aa72332f584c2f60485',
        'darwin-arm64': '1caada5e0e2091909357c7525d3aa76f4b660b13821bc143b190c7483e31cc11',
      },
      '0.69.2': {
        'linux-x64': 'affa59a1e37d86e4b8ab2cd02f0ab2e63d22f1bf9cf6a7aa326c884e25e26ce3',
        'linux-arm64': 'c73b97699c317b0d25532b3f188564b4e29d13d5472ce6f8eb078082546a6481',
        'darwin-x64': '41f6eac3ebe3a00448a16f08038b55ce769fe2d5128cb0d64bdf282cdad4831a',
        'darwin-arm64': '320c0e6af90b5733b9326da0834240e944c6f44091e50019abdf584237ff4d0c',
      },
    },
    versionArgs: ['--version'],
    versionPattern: /^Version:\s*v?(\S+)/m,
  },
  grype: {
    name: 'grype',
    version: '0.92.2',
    baseUrl: 'https://github.com/anchore/grype/releases/download/{tag}',
    asset: goreleaser('grype', lowerGo.os, lowerGo.arch),
    binary: 'grype',
    sha256: {
      '0.92.2': {
        'linux-x64': '0b378a8d4153aa71d9ce95a3597f241a90f98b957a5694041d0ec04c6600b115',
        'linux-arm64': 'da22daf543e84f6eefc00643e45aa555b9e53481f849823c5a3a8ede700b499a',
        'darwin-x64': 'b59dc689268dba6ada9bfee477759ba9a63a552eac965a618d57fd65cbd41a94',
        'darwin-arm64': 'e3458eb528b6734af937eb18aff7e58e52afbbd0e8b52635c215e84bfe8c5f19',
      },
    },
    versionArgs: ['--version'],
    versionPattern: /^grype\s+v?(\S+)/m,
  },
  syft: {
    name: 'syft',
    version: '1.16.0',
    baseUrl: 'https://github.com/anchore/syft/releases/download/{tag}',
    asset: goreleaser('syft', lowerGo.os, lowerGo.arch),
    binary: 'syft',
    sha256: {
      '1.16.0': {
        'linux-x64': '38bf84931e898d4d01c39fc806f89ae3eebac56313978dacd96156f1f9f85bc7',
        'darwin-x64': 'f654b10a7ab4b18779586450d3b0f9e447017d9c74f1122495e281762d5799e9',
        'darwin-arm64': '0b6afa3b2f9448e96b7855e8341445690d0d60b5f6189672f9beab2bbc4250f2',
      },
    },
    versionArgs: ['--version'],
    versionPattern: /^syft\s+v?(\S+)/m,
  },
  kubeconform: {
    name: 'kubeconform',
    version: '0.8.0',
    baseUrl: 'https://github.com/yannh/kubeconform/releases/download/{tag}',
    asset: (_version, platform) => `kubeconform-${platform.replace('x64', 'amd64')}.tar.gz`,
    binary: 'kubeconform',
    sha256: {
      '0.8.0': {
        'linux-x64': '9bc2bffbf71f261128533edaf912153948b7ff238f9a531ae6d34466ec287883',
        'linux-arm64': '1f53fc8e81258197a35e8603054162a5af1de8c5af13746c71ab680d9534ed87',
        'darwin-x64': '71dbc87ac9f24099a62b93570e65aa06312ba6ac8aea63b7f86e9d999edf5a92',
        'darwin-arm64': 'f84f4dfbebf4a6b0b230385fa065a39ea35e02608c2b50d025dcf64775a69d67',
      },
    },
    versionArgs: ['-v'],
    versionPattern: /^v?(\d+\.\d+\.\d+)/m,
  },
  // Digests from hermit's conftest.hcl (the archive URLs it verified), the release's own names lower-cased.
  conftest: {
    name: 'conftest',
    version: '0.56.0',
    baseUrl: 'https://github.com/open-policy-agent/conftest/releases/download/{tag}',
    asset: (version, platform) =>
      `conftest_${version}_${platform.startsWith('darwin') ? 'darwin' : 'linux'}_${platform.endsWith('x64') ? 'x86_64' : 'arm64'}.tar.gz`,
    binary: 'conftest',
    sha256: {
      '0.56.0': {
        'linux-x64': '620f41640d63bbde1646a108ce2816ba54c980466ceebb7e754dda2d508e8cd5',
        'darwin-arm64': 'f84ecd403bf2f3ecff508bbee4f3a4ec7bef5290a472c0e902501354a2277a59',
      },
    },
    versionArgs: ['--version'],
    versionPattern: /^Conftest:\s*v?(\S+)/m,
  },
} satisfies Record<string, ToolSpec>;

export type ToolName = keyof typeof TOOLS;

/*
 * Go module pins, newest that build on this project's Go (1.26): grype v0.122+ and
 * kustomize/v5 v5.8.3 need Go 1.27; kustomize/v5 v5.8.2 brings kustomize/api v0.21.2.
 */
export const GO_TOOLS = {
  trivy: {
    module: 'github.com/aquasecurity/trivy',
    version: 'v0.74.0',
    package: 'github.com/aquasecurity/trivy/cmd/trivy',
    binary: 'trivy',
    ldflags: ['github.com/aquasecurity/trivy/pkg/version/app.ver={version}'],
    env: { GOEXPERIMENT: 'jsonv2' },
  },
  grype: {
    module: 'github.com/anchore/grype',
    version: 'v0.121.3',
    package: 'github.com/anchore/grype/cmd/grype',
    binary: 'grype',
    ldflags: ['main.version={version}'],
  },
  syft: {
    module: 'github.com/anchore/syft',
    version: 'v1.57.1',
    package: 'github.com/anchore/syft/cmd/syft',
    binary: 'syft',
    ldflags: ['main.version={version}'],
    versionFrom: 'github.com/anchore/grype',
  },
  opa: {
    module: 'github.com/open-policy-agent/opa',
    version: 'v1.22.4',
    package: 'github.com/open-policy-agent/opa',
    binary: 'opa',
  },
  conftest: {
    module: 'github.com/open-policy-agent/conftest',
    version: 'v0.71.1',
    package: 'github.com/open-policy-agent/conftest',
    binary: 'conftest',
    ldflags: ['github.com/open-policy-agent/conftest/internal/version.Version={version}'],
  },
  kubeconform: {
    module: 'github.com/yannh/kubeconform',
    version: 'v0.8.0',
    package: 'github.com/yannh/kubeconform/cmd/kubeconform',
    binary: 'kubeconform',
    ldflags: ['main.version=v{version}'],
  },
  helm: {
    module: 'helm.sh/helm/v4',
    version: 'v4.3.2',
    package: 'helm.sh/helm/v4/cmd/helm',
    binary: 'helm',
    ldflags: ['helm.sh/helm/v4/internal/version.version=v{version}', 'helm.sh/helm/v4/internal/version.gitTreeState=clean'],
  },
  kustomize: {
    module: 'sigs.k8s.io/kustomize/kustomize/v5',
    version: 'v5.8.2',
    package: 'sigs.k8s.io/kustomize/kustomize/v5',
    binary: 'kustomize',
  },
  crane: {
    module: 'github.com/google/go-containerregistry',
    version: 'v0.22.1',
    package: 'github.com/google/go-containerregistry/cmd/crane',
    binary: 'crane',
    ldflags: ['github.com/google/go-containerregistry/cmd/crane/cmd.Version={version}'],
  },
  oras: {
    module: 'oras.land/oras',
    version: 'v1.3.6',
    package: 'oras.land/oras/cmd/oras',
    binary: 'oras',
    ldflags: [
      'oras.land/oras/internal/version.Version={version}',
      'oras.land/oras/internal/version.BuildMetadata=',
      'oras.land/oras/internal/version.GitTreeState=clean',
    ],
  },
  registry: {
    module: 'github.com/distribution/distribution/v3',
    version: 'v3.1.2',
    package: 'github.com/distribution/distribution/v3/cmd/registry',
    binary: 'registry',
    ldflags: ['github.com/distribution/distribution/v3/version.version=v{version}'],
  },
  pluto: {
    module: 'github.com/fairwindsops/pluto/v5',
    version: 'v5.24.0',
    package: 'github.com/fairwindsops/pluto/v5',
    binary: 'pluto',
    notServed: 'the Go module proxy answers 403 Forbidden for github.com/fairwindsops/pluto/v5 (and github.com/FairwindsOps/pluto/v5)',
  },
} satisfies Record<string, GoBuild>;

export type GoToolName = keyof typeof GO_TOOLS;
