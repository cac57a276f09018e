# syntax=docker/dockerfile:1
# Build: libs, API and web app; run: the API, which also serves the built web app.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY libs/domain/package.json libs/domain/
COPY libs/contracts/package.json libs/contracts/
COPY libs/search/package.json libs/search/
COPY libs/demo-catalogue/package.json libs/demo-catalogue/
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
# Inside a container the published port is the boundary: listen on every interface (the API's
# default is 127.0.0.1). Off loopback it refuses the documented admin password and demo data.
ENV HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs/domain/package.json /app/libs/domain/package.json
COPY --from=build /app/libs/domain/dist /app/libs/domain/dist
COPY --from=build /app/libs/contracts/package.json /app/libs/contracts/package.json
COPY --from=build /app/libs/contracts/dist /app/libs/contracts/dist
COPY --from=build /app/libs/search/package.json /app/libs/search/package.json
COPY --from=build /app/libs/search/dist /app/libs/search/dist
COPY --from=build /app/libs/demo-catalogue/package.json /app/libs/demo-catalogue/package.json
COPY --from=build /app/libs/demo-catalogue/dist /app/libs/demo-catalogue/dist
COPY --from=build /app/apps/api/package.json /app/apps/api/package.json
COPY --from=build /app/apps/api/dist /app/apps/api/dist
COPY --from=build /app/apps/web/dist /app/apps/web/dist
USER node
EXPOSE 3000
CMD ["node", "apps/api/dist/main.js"]
