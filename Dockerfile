# potluck in a small image, for GitLab CI and any other CI that runs
# containers: `docker run --rm -v "$PWD:/site" IMAGE potluck build`.
# Stage 1 compiles a static (musl) binary; the final image is Alpine with
# that binary and git (`potluck check --changed-from` reads the history).

FROM rust:1-alpine AS build
RUN apk add --no-cache musl-dev
WORKDIR /src
COPY . .
# The commit for `potluck --version` (the build context has no .git).
ARG POTLUCK_COMMIT=""
ENV POTLUCK_COMMIT=${POTLUCK_COMMIT}
RUN cargo build --release --locked --bin potluck \
 && strip target/release/potluck

FROM alpine:3
RUN apk add --no-cache git ca-certificates \
 && git config --system --add safe.directory '*'
COPY --from=build /src/target/release/potluck /usr/local/bin/potluck
WORKDIR /site
CMD ["potluck", "--help"]
