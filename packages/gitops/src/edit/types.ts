export type Pin = 'tag' | 'digest' | 'tag+digest';
export type TargetKind = 'manifest' | 'kustomize' | 'helm' | 'setter';

export const TARGET_KINDS: readonly TargetKind[] = ['manifest', 'kustomize', 'helm', 'setter'];
export const PINS: readonly Pin[] = ['tag', 'digest', 'tag+digest'];

/** Dotted value paths inside a Helm values file, e.g. `app.image.tag` or `images[0].tag`. */
export interface HelmPaths {
  repository?: string;
  tag?: string;
  digest?: string;
  /** A single `repo:tag` string value instead of separate fields. */
  image?: string;
}

export interface TargetSpec {
  /** Repo-relative path; containment is checked by the git side. */
  file: string;
  kind: TargetKind | 'auto';
  paths?: HelmPaths;
  /** Setter targets: only markers of this `namespace:name` image policy. */
  policy?: string;
  /** Kustomize targets (`missing=add`): an image without an `images:` entry gets one, as `kustomize edit set image` does. */
  addMissing?: boolean;
}

/** What the editor may read besides the file itself. */
export interface EditContext {
  /** The Helm chart a values file belongs to, when its templates are in the repository. */
  chart?: { dir: string; templates: { path: string; text: string }[] };
}

export interface NewImage {
  /** Image name without tag or digest, e.g. `ghcr.io/acme/shop`. */
  name: string;
  tag?: string;
  digest?: string;
}

export interface Change {
  file: string;
  kind: TargetKind;
  /** Value path, e.g. `spec.template.spec.containers[0].image`; multi-document files prefix `doc[N].`. */
  path: string;
  /** Zero-based document index in the file. */
  doc: number;
  /** One-based line of the value in the edited text. */
  line: number;
  /** The old value ('' when the key was inserted). */
  old: string;
  new: string;
}

export interface EditResult {
  text: string;
  /** The kind that was edited (the detected one for `auto`). */
  kind: TargetKind;
  changes: Change[];
  /** Decisions worth telling the user, e.g. a tag left in place next to a new digest. */
  notes: string[];
  /** Whether the target, once edited, carries the image's tag and its digest (what will be deployed). */
  carries: { tag: boolean; digest: boolean };
  /** What the target held for the image before the edit, one entry per place. */
  current: { tag?: string; digest?: string }[];
}
