# syntax=docker/dockerfile:1
# D-Stack Contract Registry: multi-stage image on Debian bookworm (slim).
#   docker build -t dstack-contract-registry .
#   docker run -p 3000:3000 dstack-contract-registry            # embedded PGlite in /app/data
#   docker run -p 3000:3000 -e DATABASE_URL=postgres://… dstack-contract-registry
#   docker run --rm -v "$PWD:/work" -w /work dstack-contract-registry contract-registry diff a.yaml b.yaml
#                                                               # the CLI is on PATH (exit 0/1/2 as documented)

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: compile TypeScript (src/, migrations/, scripts/) to dist/ -------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV CI=true
COPY package.json package-lock.json ./
# --ignore-scripts: the `prepare` script would run tsc before the sources are copied; the build
# runs explicitly below, and this keeps the dependency layer cacheable across source changes.
RUN npm ci --ignore-scripts --no-audit --no-fund
# Sources (tsconfig.build.json compiles src/, migrations/ and scripts/; .dockerignore trims the rest).
COPY . .
RUN npm run build

# ---- runtime: production dependencies + compiled output only ------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
# NODE_ENV=production also keeps the GraphQL schema in memory instead of writing schema.gql.
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    REGISTRY_DATA_DIR=/app/data
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
# package.json marks the project root (contracts/ is resolved from it at runtime).
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY contracts ./contracts
# `contract-registry` on PATH: the server package's CLI (the standalone commands of
# dist/cli/contract-registry.mjs plus token create, audit verify, requirements import).
RUN ln -s /app/bin/contract-registry.js /usr/local/bin/contract-registry
# The built-in guideline profiles (read at runtime from the project root, like contracts/).
COPY src/guidelines/profiles ./src/guidelines/profiles
# The embedded database (used when DATABASE_URL is unset) lives in /app/data; the app runs as `node`.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
# No curl in the slim image: probe readiness with Node's built-in fetch.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--disable-proto=delete", "dist/src/main.js"]
