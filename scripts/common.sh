# Shared set-up for ./isola and ./test: find a JDK 25+, make sure Maven and mimalloc are
# present, build when needed. Sourced, not run. Messages go to stderr, one line each.

isola_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Prints the major version of the JDK at $1 (0 when it is not a JDK).
jdk_major() {
  local release="$1/release" v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ -f "$release" ] || { echo 0; return; }
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  echo "${v:-0}"
}

# Sets JAVA_HOME to a JDK 25+: $JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ "$(jdk_major "$JAVA_HOME")" -ge 25 ]; then
    export JAVA_HOME; return 0
  fi
  local best="" best_major=0 dir major
  for dir in /usr/lib/jvm/*; do
    [ -d "$dir" ] && [ ! -L "$dir" ] || continue
    major=$(jdk_major "$dir")
    if [ "$major" -ge 25 ] && [ "$major" -gt "$best_major" ]; then best="$dir"; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "isola: needs a JDK 25 or newer; none in JAVA_HOME (${JAVA_HOME:-unset}) or /usr/lib/jvm" >&2
    return 1
  fi
  export JAVA_HOME="$best"
}

# Maven's own libraries call sun.misc.Unsafe; JDK 25 warns about it on every run.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

as_root_apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "isola: installing $* with apt-get (one time)" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"; } >/dev/null 2>&1
  else
    return 1
  fi
}

ensure_maven() {
  command -v mvn >/dev/null 2>&1 && return 0
  as_root_apt_install maven || { echo "isola: Maven (mvn) is missing; install it, e.g. apt-get install maven" >&2; return 1; }
}

# mimalloc is optional at run time; as root it is installed when missing.
ensure_mimalloc() {
  # grep without -q reads all of ldconfig's output: with -q it may exit early, ldconfig then
  # dies of SIGPIPE, and pipefail turns a found library into a failed check.
  if ldconfig -p 2>/dev/null | grep 'libmimalloc\.so\.2' >/dev/null; then return 0; fi
  as_root_apt_install libmimalloc2.0 && return 0
  echo "isola: libmimalloc2.0 is not installed and cannot be installed here (not root); mimalloc figures and tests are skipped" >&2
}

isola_jar="$isola_root/bench/target/isola.jar"
isola_aot="$isola_root/bench/target/isola.aot"

# The JVM flags every Isola process runs with.
isola_java_flags=(--enable-native-access=ALL-UNNAMED --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED -XX:+UseParallelGC -Xss4m)

# True when the runnable jar is missing or older than any source or pom.
needs_build() {
  [ -f "$isola_jar" ] || return 0
  [ -n "$(find "$isola_root" -path "$isola_root/.git" -prune -o \
      \( -name pom.xml -o -path '*/src/main/*' \) -type f -newer "$isola_jar" -print -quit 2>/dev/null)" ]
}

build_quietly() {
  local log="$isola_root/target/build.log"
  mkdir -p "$isola_root/target"
  echo "isola: building (first use or sources changed), log in target/build.log" >&2
  if ! (cd "$isola_root" && mvn -B -ntp -q -DskipTests package >"$log" 2>&1); then
    echo "isola: build failed; last lines of target/build.log:" >&2
    tail -n 30 "$log" >&2
    return 1
  fi
  train_aot_cache
}

# JDK 25's AOT cache (JEP 483/514): classes loaded and linked, lambdas resolved, by a training
# run of examples/tour.py; later starts map it and skip most of the bootstrap's class loading
# (isola -c pass: 0.22 s against 0.45 s without). A cache the JVM cannot use is ignored.
train_aot_cache() {
  rm -f "$isola_aot"
  if ! (cd "$isola_root" && "$JAVA_HOME/bin/java" "${isola_java_flags[@]}" -XX:AOTCacheOutput="$isola_aot" \
      -Xlog:aot*=off -Xlog:cds*=off -jar "$isola_jar" examples/tour.py >/dev/null 2>&1); then
    rm -f "$isola_aot"
    touch "$isola_aot.failed" 2>/dev/null || true   # do not retry on every start
  fi
}

# True when the AOT cache is missing or older than the jar and training has not failed for it.
needs_aot_training() {
  [ -f "$isola_jar" ] || return 1
  [ -f "$isola_aot" ] && [ "$isola_aot" -nt "$isola_jar" ] && return 1
  [ -f "$isola_aot.failed" ] && [ "$isola_aot.failed" -nt "$isola_jar" ] && return 1
  return 0
}

# The flags that use the AOT cache when it is there and matches the jar.
aot_flags() {
  if [ -f "$isola_aot" ] && [ "$isola_aot" -nt "$isola_jar" ]; then
    echo "-XX:AOTCache=$isola_aot -Xlog:aot*=off -Xlog:cds*=off"
  fi
}
