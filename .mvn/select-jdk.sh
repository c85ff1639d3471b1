# Sourced by ./mvnw, ./nocvault and .ci/run: makes JAVA_HOME point to a JDK 21 or newer.
# Keeps JAVA_HOME when it already is one; otherwise takes the newest JDK 21+ found on PATH or
# under /usr/lib/jvm (Debian) or /Library/Java/JavaVirtualMachines (macOS). POSIX sh.

nocvault_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

nocvault_select_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(nocvault_java_major "$JAVA_HOME")
    [ "${major:-0}" -ge 21 ] && return 0
  fi
  best="" best_major=0
  set +f
  candidates=""
  if command -v javac >/dev/null 2>&1; then
    candidates=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  fi
  for dir in $candidates /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$dir/bin/javac" ] || continue
    major=$(nocvault_java_major "$dir")
    if [ "${major:-0}" -gt "$best_major" ]; then best="$dir" best_major="$major"; fi
  done
  if [ "$best_major" -ge 21 ]; then
    JAVA_HOME="$best"
    export JAVA_HOME
    return 0
  fi
  echo "NocVault needs a JDK 21 or newer; none was found (set JAVA_HOME to one)." >&2
  return 1
}

nocvault_select_jdk || exit 1
