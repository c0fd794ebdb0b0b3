# syntax=docker/dockerfile:1
# One image for every service; the command chooses which one runs (see compose.yaml and
# subgraphs/federation/kubernetes/). Built from the repository root:
#   docker build -t edhr-graph .
#   docker run --rm edhr-graph subgraphs/partners/dist/main.js
#   docker run --rm edhr-graph web/dist/bin/serve-web.js      (the web app; its views and assets are in web/dist/)
ARG NODE_IMAGE=node:24-bookworm-slim

# Build: every dependency, then type check, compose and compile every workspace to dist/.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm run build
# What the final stage takes from here: each workspace's package.json (for the production
# install), its compiled dist/, and the composed supergraph, all at their own paths.
RUN mkdir /manifests /release \
 && find . -name node_modules -prune -o -name package.json -print | xargs cp --parents -t /manifests/ \
 && cp package-lock.json /manifests/ \
 && find . -name node_modules -prune -o -type d -name dist -prune -print | xargs cp -r --parents -t /release/ \
 && cp --parents schema/supergraph.graphql /release/

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
COPY --from=build /release/ ./
USER node
# `compiled` picks each workspace package's dist/ export; stripping types is off, so nothing
# can fall back to running TypeScript.
ENTRYPOINT ["node", "--conditions=compiled", "--no-experimental-strip-types", "--enable-source-maps"]
CMD ["gateway/dist/main.js"]
