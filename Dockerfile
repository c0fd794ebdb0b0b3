# syntax=docker/dockerfile:1
# One image for every service; the command chooses which one runs (see compose.yaml and
# subgraphs/federation/kubernetes/). Built from the repository root:
#   docker build -t edhr-graph .
#   docker run --rm edhr-graph subgraphs/partners/dist/main.js
ARG NODE_IMAGE=node:24-bookworm-slim

# Build: every dependency, then type check, compose and compile every workspace to dist/.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm run build
# Each workspace's package.json, in place, for the production install below.
RUN mkdir /manifests && find . -name package.json -not -path '*/node_modules/*' -exec cp --parents {} /manifests/ \; \
 && cp package-lock.json /manifests/

# Production dependencies only: no TypeScript, tsx, vitest or the development Node.js.
FROM ${NODE_IMAGE} AS dependencies
WORKDIR /app
COPY --from=build /manifests/ ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# Run: compiled JavaScript on plain node, as an unprivileged user.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=dependencies /app/ ./
COPY --from=build /app/schema/supergraph.graphql ./schema/supergraph.graphql
COPY --from=build /app/schema/dist/ ./schema/dist/
COPY --from=build /app/plugins/sdk/dist/ ./plugins/sdk/dist/
COPY --from=build /app/plugins/west-mercia-dei-strategy/dist/ ./plugins/west-mercia-dei-strategy/dist/
COPY --from=build /app/plugins/west-mercia-pcc-equality-objectives/dist/ ./plugins/west-mercia-pcc-equality-objectives/dist/
COPY --from=build /app/plugins/wmp-edhr-delivery-plan/dist/ ./plugins/wmp-edhr-delivery-plan/dist/
COPY --from=build /app/plugins/wmp-edhr-strategy/dist/ ./plugins/wmp-edhr-strategy/dist/
COPY --from=build /app/plugins/wmp-inclusion-strategy-2018/dist/ ./plugins/wmp-inclusion-strategy-2018/dist/
COPY --from=build /app/subgraphs/kit/dist/ ./subgraphs/kit/dist/
COPY --from=build /app/subgraphs/statistics/dist/ ./subgraphs/statistics/dist/
COPY --from=build /app/subgraphs/organisational-processes/dist/ ./subgraphs/organisational-processes/dist/
COPY --from=build /app/subgraphs/service-delivery/dist/ ./subgraphs/service-delivery/dist/
COPY --from=build /app/subgraphs/people-culture/dist/ ./subgraphs/people-culture/dist/
COPY --from=build /app/subgraphs/partners/dist/ ./subgraphs/partners/dist/
COPY --from=build /app/subgraphs/federation/dist/ ./subgraphs/federation/dist/
COPY --from=build /app/gateway/dist/ ./gateway/dist/
USER node
# `compiled` picks each workspace package's dist/ export; stripping types is off, so nothing
# can fall back to running TypeScript.
ENTRYPOINT ["node", "--conditions=compiled", "--no-experimental-strip-types", "--enable-source-maps"]
CMD ["gateway/dist/main.js"]
