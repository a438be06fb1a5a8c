import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUILD_TYPE, builderOf, dockerfileBaseImages, type GitContext, provenanceStatement, SLSA_PROVENANCE_V1 } from '@service-pipeline/build';
import { slsaProvenanceViolations } from '../../../test/helpers/attestation-schemas.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const BASE = `sha256:${'b'.repeat(64)}`;
const git: GitContext = {
  eventName: 'push',
  ref: 'refs/heads/main',
  sha: 'c'.repeat(40),
  defaultBranch: 'main',
  commitTime: new Date('2026-03-01T10:00:00Z'),
  repository: 'acme/shop',
  runUrl: 'https://github.com/acme/shop/actions/runs/7',
};

test('provenance: an in-toto v1 statement with a SLSA v1 predicate, valid by the specs, about the image digest', () => {
  const statement = provenanceStatement({
    image: 'ghcr.io/acme/shop',
    digest: DIGEST,
    git,
    parameters: { mode: 'append', platforms: ['linux/amd64'], artifacts: ['dist/server=/app/server'], baseImage: 'gcr.io/distroless/static:nonroot' },
    baseImages: [
      { name: 'gcr.io/distroless/static:nonroot', digest: BASE },
      { name: 'gcr.io/distroless/static:nonroot', digest: BASE },
    ],
    builder: builderOf({
      GITHUB_ACTIONS: 'true',
      RUNNER_ENVIRONMENT: 'github-hosted',
      GITHUB_ACTION_REPOSITORY: 'acme/service-pipeline',
      GITHUB_ACTION_REF: 'v1',
    }),
    startedOn: new Date('2026-03-01T10:01:00Z'),
    finishedOn: new Date('2026-03-01T10:02:00.500Z'),
    invocationId: 'https://github.com/acme/shop/actions/runs/7/attempts/1',
  });
  assert.deepEqual(slsaProvenanceViolations(JSON.parse(JSON.stringify(statement))), []);
  assert.deepEqual(statement.subject, [{ name: 'ghcr.io/acme/shop', digest: { sha256: 'a'.repeat(64) } }]);
  assert.equal(statement.predicateType, SLSA_PROVENANCE_V1);
  const predicate = statement.predicate!;
  assert.equal(predicate.buildDefinition.buildType, BUILD_TYPE);
  assert.deepEqual(predicate.buildDefinition.externalParameters['source'], { repository: 'https://github.com/acme/shop', ref: 'refs/heads/main' });
  assert.deepEqual(predicate.buildDefinition.resolvedDependencies, [
    { uri: 'git+https://github.com/acme/shop@refs/heads/main', digest: { gitCommit: 'c'.repeat(40) } },
    {
      name: 'gcr.io/distroless/static:nonroot',
      uri: `pkg:oci/static@sha256%3A${'b'.repeat(64)}?repository_url=gcr.io%2Fdistroless%2Fstatic&tag=nonroot`,
      digest: { sha256: 'b'.repeat(64) },
      annotations: { role: 'base-image' },
    },
  ]);
  assert.deepEqual(predicate.runDetails.builder, {
    id: 'https://github.com/actions/runner/github-hosted',
    version: { node: process.version, 'service-pipeline': 'acme/service-pipeline@v1' },
  });
  assert.equal(builderOf({}).id, 'urn:service-pipeline:builder:local-cli');
  assert.equal(builderOf({ GITHUB_ACTIONS: 'true' }).id, 'https://github.com/actions/runner/self-hosted');
});

test("the Dockerfile's base images: ARG defaults and build args substituted, stages and scratch left out, digests kept", () => {
  const dockerfile = [
    'ARG BUILDER_IMAGE=golang:1.26',
    'ARG BASE_IMAGE=gcr.io/distroless/static-debian12:nonroot',
    'FROM --platform=$BUILDPLATFORM ${BUILDER_IMAGE} AS build',
    'RUN go build -o /out/server .',
    'FROM build AS test',
    'FROM scratch AS empty',
    `FROM \${BASE_IMAGE}`,
    `FROM registry.example/tools@${BASE} AS tools`,
    'COPY --from=build /out/server /app/server',
  ].join('\n');
  assert.deepEqual(dockerfileBaseImages(dockerfile, { BASE_IMAGE: 'gcr.io/distroless/base:nonroot' }), [
    { name: 'golang:1.26' },
    { name: 'gcr.io/distroless/base:nonroot' },
    { name: `registry.example/tools@${BASE}`, digest: BASE },
  ]);
});
