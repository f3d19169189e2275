#!/usr/bin/env bash
# feedcard benchmark driver (issue 6): feedcard vs Hugo on feeds, feedcard vs sharp on cards.
# See bench/README.md. Run from anywhere; paths are relative to the repository root.
#
#   bench/run.sh                       # all scenarios, 3 runs each, writes bench/results.md
#   bench/run.sh --update-readme       # ... and puts the headline figures into README.md
#   bench/run.sh --small-posts 200 --large-posts 1000 --photos 6 --runs 1   # a quick trial
#
# Options:
#   --runs N            measured runs per tool and scenario (default 3; the median is reported)
#   --scenarios LIST    comma-separated subset of a,b,c,p,d,e,f,g (default a,b,c,p,d,e,g; f = feeds at --huge-posts;
#                       c = cards from baseline JPEGs, p = the same photos as progressive JPEGs;
#                       g = feeds at --large-posts with --tags-per-post topic tags on every post)
#   --small-posts N     posts in the small feeds blog (default 1000)
#   --large-posts N     posts in the large feeds blog (default 10000)
#   --huge-posts N      posts for the optional scenario f (default 100000)
#   --photos N          photos for the cards scenarios (default 40)
#   --photo-sizes LIST  their sizes, photo i taking the i-th, cycled (default: six of 3264x2448 (8 MP), one of
#                       4032x3024 (12 MP), one of 6000x4000 (24 MP))
#   --tags N            synthetic topic tags (default 200)
#   --tags-per-post N   topic tags on every post of scenario g (default 3; the other blogs have 1-3 each)
#   --also-java JAVA    measure feedcard on a second Java as well (its java executable or its home folder), in the
#                       feed scenarios a, b, f and g, alternating with the first (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)
#   --skip-feedcard     measure only Hugo and sharp
#   --skip-other        measure only feedcard
#   --no-warmup         no unmeasured warm-up run before the measured runs of a scenario
#   --update-readme     replace the line of README.md between <!-- bench:start --> and <!-- bench:end --> with the
#                       headline figures (the tables stay in the results file)
#   --results FILE      where to write the results (default bench/results.md)
# Environment:
#   FEEDCARD_JAR        the jar to measure (default target/feedcard.jar)
#   FEEDCARD_JAVA       the java executable that runs it (default java)
#   FEEDCARD_JAVA_OPTS  JVM options for feedcard (default none)
#   FEEDCARD_EXTRA_ARGS extra arguments appended to every feedcard build
#   BENCH_WORK          folder for generated inputs and outputs (default bench/work, ignored by git)
#   CORPUS              corpus blog (default src/test/resources/corpora/hippocampus-garden/content/blog)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RUNS=3
SCENARIOS="a,b,c,p,d,e,g"
SMALL=1000
LARGE=10000
HUGE=100000
PHOTOS=40
PHOTO_SIZES="3264x2448,3264x2448,3264x2448,3264x2448,3264x2448,3264x2448,4032x3024,6000x4000"
TAGS=200
TAGS_PER_POST=3
ALSO_JAVA=""
SKIP_FEEDCARD=0
SKIP_OTHER=0
WARMUP=1
UPDATE_README=0
RESULTS="bench/results.md"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --scenarios) SCENARIOS="$2"; shift 2 ;;
    --small-posts) SMALL="$2"; shift 2 ;;
    --large-posts) LARGE="$2"; shift 2 ;;
    --huge-posts) HUGE="$2"; shift 2 ;;
    --photos) PHOTOS="$2"; shift 2 ;;
    --photo-sizes) PHOTO_SIZES="$2"; shift 2 ;;
    --tags) TAGS="$2"; shift 2 ;;
    --tags-per-post) TAGS_PER_POST="$2"; shift 2 ;;
    --also-java) ALSO_JAVA="$2"; shift 2 ;;
    --skip-feedcard) SKIP_FEEDCARD=1; shift ;;
    --skip-other) SKIP_OTHER=1; shift ;;
    --no-warmup) WARMUP=0; shift ;;
    --update-readme) UPDATE_README=1; shift ;;
    --results) RESULTS="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done

FEEDCARD_JAR="${FEEDCARD_JAR:-target/feedcard.jar}"
WORK="${BENCH_WORK:-bench/work}"
CORPUS="${CORPUS:-src/test/resources/corpora/hippocampus-garden/content/blog}"
SITE_URL="https://bench.example"
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
LOG="$WORK/logs"
mkdir -p "$LOG"
RAW="$WORK/runs.tsv"
printf 'scenario\ttool\trun\twall_s\tpeak_kb\texit\tcpu_s\tload1\n' > "$RAW"

has() { [[ ",$SCENARIOS," == *",$1,"* ]]; }
say() { printf '\n== %s\n' "$*" >&2; }

# ---------------------------------------------------------------------------------------------
# Tools
need_apt() { # command package
  if ! command -v "$1" >/dev/null 2>&1 && [[ ! -x "$1" ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
      say "installing Debian package $2"
      apt-get install -y -qq "$2" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }
    else
      echo "missing $1: install the Debian package '$2'" >&2; exit 1
    fi
  fi
}
need_apt /usr/bin/time time
command -v java >/dev/null || { echo "java (17+) is required" >&2; exit 1; }
FEEDCARD_JAVA="${FEEDCARD_JAVA:-java}"
# A second Java for feedcard: a folder is taken as its home. Its runs are the tool "feedcard-javaN".
FC2_TOOL=""
if [[ -n "$ALSO_JAVA" ]]; then
  [[ -d "$ALSO_JAVA" ]] && ALSO_JAVA="$ALSO_JAVA/bin/java"
  [[ -x "$ALSO_JAVA" ]] || { echo "--also-java: no java executable at $ALSO_JAVA" >&2; exit 2; }
  java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2; exit }'; }
  FC2_TOOL="feedcard-java$(java_major "$ALSO_JAVA")"
  FC1_MAJOR="$(java_major "$FEEDCARD_JAVA")"
fi

RUN_FEEDCARD=1
if [[ $SKIP_FEEDCARD -eq 1 ]]; then
  RUN_FEEDCARD=0
elif [[ ! -f "$FEEDCARD_JAR" ]]; then
  RUN_FEEDCARD=0
  echo "SKIPPING feedcard: $FEEDCARD_JAR not found. Build it first (mvn -B package -DskipTests)," \
       "or point FEEDCARD_JAR at a jar. Measuring only Hugo and sharp." >&2
else
  FEEDCARD_JAR="$(cd "$(dirname "$FEEDCARD_JAR")" && pwd)/$(basename "$FEEDCARD_JAR")"
fi
RUN_OTHER=$(( SKIP_OTHER == 1 ? 0 : 1 ))
if [[ $RUN_OTHER -eq 1 ]]; then
  if has a || has b || has d || has e || has f || has g; then need_apt hugo hugo; fi
  if has c || has p; then
    command -v node >/dev/null || { echo "node (20.9+) is required for the sharp baseline" >&2; exit 1; }
    if [[ ! -d bench/sharp/node_modules/sharp ]]; then
      say "installing sharp (npm ci in bench/sharp)"
      (cd bench/sharp && npm ci --no-audit --no-fund --loglevel=error >&2)
    fi
  fi
fi

# ---------------------------------------------------------------------------------------------
# Inputs (generated once; a folder is reused only if its stamp in $WORK/.stamps matches the arguments)
STAMPS="$WORK/.stamps"
mkdir -p "$STAMPS"
stamp_ok() { [[ -e "$1" && -f "$STAMPS/$(basename "$1")" && "$(cat "$STAMPS/$(basename "$1")")" == "$2" ]]; }
stamp() { echo "$2" > "$STAMPS/$(basename "$1")"; }
# A change to a generator regenerates its inputs.
GEN_BLOG=$(sha1sum bench/GenerateBlog.java | cut -c1-12)
GEN_PHOTOS=$(sha1sum bench/GeneratePhotos.java | cut -c1-12)

gen_blog() { # posts [tags-per-post] -> $WORK/blog-N[-tT] and $WORK/blog-N[-tT]-hugo
  local n="$1" per="${2:-}" dir="$WORK/blog-$1${2:+-t$2}"
  local key="posts=$1 tags=$TAGS${per:+ per-post=$per} seed=42 corpus=$CORPUS gen=$GEN_BLOG"
  if stamp_ok "$dir" "$key" && stamp_ok "$dir-hugo" "$key"; then return; fi
  say "generating a $n-post blog in $dir (and $dir-hugo)"
  rm -f "$STAMPS/$(basename "$dir")" "$STAMPS/$(basename "$dir")-hugo"
  java bench/GenerateBlog.java --corpus "$CORPUS" --posts "$n" --tags "$TAGS" ${per:+--tags-per-post "$per"} --out "$dir" >&2
  stamp "$dir" "$key"; stamp "$dir-hugo" "$key"
}

gen_photos() { # -> $WORK/photos-N (baseline JPEGs), $WORK/photos-N-progressive (the same, progressive) and a blog for each
  local n="$1" dir="$WORK/photos-$1" key="photos=$1 sizes=$PHOTO_SIZES q=0.9 seed=7 gen=$GEN_PHOTOS"
  if ! stamp_ok "$dir" "$key" || ! stamp_ok "$dir-progressive" "$key"; then
    say "generating $n photos ($PHOTO_SIZES, cycled) in $dir, and as progressive JPEGs in $dir-progressive"
    rm -f "$STAMPS/$(basename "$dir")" "$STAMPS/$(basename "$dir")-progressive"
    rm -rf "$dir" "$dir-progressive"
    java bench/GeneratePhotos.java --count "$n" --sizes "$PHOTO_SIZES" --out "$dir" --progressive-out "$dir-progressive" \
      --threads 2 >&2
    stamp "$dir" "$key"; stamp "$dir-progressive" "$key"
  fi
  local kind
  for kind in "" -progressive; do
    local blog="$WORK/cards-blog-$n$kind" bkey="posts=$n photos=$key$kind seed=42 gen=$GEN_BLOG"
    if ! stamp_ok "$blog" "$bkey"; then
      say "generating a $n-post blog with the photos of $dir$kind as featured images in $blog"
      rm -f "$STAMPS/$(basename "$blog")"
      rm -rf "$blog"
      java bench/GenerateBlog.java --corpus "$CORPUS" --posts "$n" --tags "$TAGS" --out "$blog" \
        --photos "$dir$kind" --no-hugo >&2
      stamp "$blog" "$bkey"
    fi
  done
}

if has a; then gen_blog "$SMALL"; fi
if has b || has d || has e; then gen_blog "$LARGE"; fi
if has f; then gen_blog "$HUGE"; fi
if has g; then gen_blog "$LARGE" "$TAGS_PER_POST"; fi
if has c || has p; then gen_photos "$PHOTOS"; fi

# ---------------------------------------------------------------------------------------------
# Measuring: wall time from the shell's clock (ns), peak RSS from /usr/bin/time -v (the largest
# resident set of the measured process or any of its children).
measure() { # scenario tool run cmd...
  local scen="$1" tool="$2" run="$3"; shift 3
  local tv="$LOG/$scen.$tool.$run.time" out="$LOG/$scen.$tool.$run.log"
  local t0 t1 rc=0
  t0=$(date +%s%N)
  /usr/bin/time -v -o "$tv" "$@" >"$out" 2>&1 || rc=$?
  t1=$(date +%s%N)
  local wall peak cpu load
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
  peak=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tv")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$tv")
  load=$(cut -d' ' -f1 /proc/loadavg)
  if [[ "$run" != warmup ]]; then
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scen" "$tool" "$run" "$wall" "${peak:-0}" "$rc" "$cpu" "$load" >> "$RAW"
  fi
  printf '   %-9s %-8s run %-6s %7.2f s %7.0f MB %7.2f s CPU  load %s%s\n' "$scen" "$tool" "$run" "$wall" \
    "$(awk -v k="${peak:-0}" 'BEGIN { print k / 1024 }')" "$cpu" "$load" \
    "$([[ $rc -ne 0 ]] && echo "  FAILED (exit $rc, see $out)")" >&2
  if [[ $rc -ne 0 ]]; then tail -n 5 "$out" | sed 's/^/      /' >&2; fi
}

# The feedcard command line (an array, since /usr/bin/time runs programs, not shell functions).
# shellcheck disable=SC2206
FC=("$FEEDCARD_JAVA" ${FEEDCARD_JAVA_OPTS:-} -jar "$FEEDCARD_JAR" build --site-url "$SITE_URL" ${FEEDCARD_EXTRA_ARGS:-})
FC2=("${ALSO_JAVA:-java}" ${FEEDCARD_JAVA_OPTS:-} -jar "$FEEDCARD_JAR" build --site-url "$SITE_URL" ${FEEDCARD_EXTRA_ARGS:-})

OUTS="$WORK/out"
mkdir -p "$OUTS"
LOAD_START=$(cut -d' ' -f1 /proc/loadavg)
if awk -v l="$LOAD_START" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
  echo "NOTE: load average $LOAD_START on $(nproc) cores: other work is running, so wall times will be inflated." >&2
fi

# A cold scenario: delete the output folder before every run, alternate the two tools.
cold_feeds() { # scen posts [tags-per-post]
  local scen="$1" n="$2" blog="$WORK/blog-$2${3:+-t$3}"
  say "scenario $scen: feeds, $n posts${3:+ with $3 topic tags each}, cold (output deleted before each run)"
  local fo="$OUTS/$scen-feedcard" ho="$OUTS/$scen-hugo" r
  for r in $( [[ $WARMUP -eq 1 ]] && echo warmup; seq 1 "$RUNS"); do
    if [[ $RUN_FEEDCARD -eq 1 ]]; then
      rm -rf "$fo"
      measure "$scen" feedcard "$r" "${FC[@]}" --content "$blog" --out "$fo" --languages en,ja --feeds-only
      if [[ -n "$FC2_TOOL" ]]; then
        rm -rf "$fo"
        measure "$scen" "$FC2_TOOL" "$r" "${FC2[@]}" --content "$blog" --out "$fo" --languages en,ja --feeds-only
      fi
    fi
    if [[ $RUN_OTHER -eq 1 ]]; then
      rm -rf "$ho"
      measure "$scen" hugo "$r" hugo --source "$blog-hugo" --destination "$ho" --quiet
    fi
  done
}

# Rebuild scenarios on a private copy of the large blog, over an existing output folder.
REB="$WORK/rebuild-$LARGE"
prepare_rebuild() {
  if [[ -n "${REB_READY:-}" ]]; then return; fi
  say "copying the $LARGE-post blog to $REB for the rebuild scenarios"
  rm -rf "$REB" "$REB-hugo"
  cp -r "$WORK/blog-$LARGE" "$REB"
  cp -r "$WORK/blog-$LARGE-hugo" "$REB-hugo"
  rm -rf "$OUTS/rebuild-feedcard" "$OUTS/rebuild-hugo"
  say "one cold build of each tool (not measured) to warm up the output folders"
  build_rebuild_outputs
  if [[ $WARMUP -eq 1 ]]; then
    # feedcard's first rebuild after a cold build also reads back the files that build wrote, to record their
    # stamps (see "Rebuilds" in the README): the rebuilds measured below are the ones after that, as a blog's are
    say "one rebuild of each tool with nothing changed (not measured)"
    build_rebuild_outputs
  fi
  REB_READY=1
}

# One unmeasured build of each tool into the rebuild scenarios' output folders.
build_rebuild_outputs() {
  if [[ $RUN_FEEDCARD -eq 1 ]]; then
    measure prepare feedcard warmup "${FC[@]}" --content "$REB" --out "$OUTS/rebuild-feedcard" --languages en,ja --feeds-only
  fi
  if [[ $RUN_OTHER -eq 1 ]]; then
    measure prepare hugo warmup hugo --source "$REB-hugo" --destination "$OUTS/rebuild-hugo" --quiet
  fi
}

rebuild() { # scen edit(0/1)
  local scen="$1" edit="$2" r
  prepare_rebuild
  # The post changed in (e): the newest one, so that it is in the home, language and tag feeds.
  local slug
  slug=$(ls "$REB" | grep -v '^\.' | sort | tail -n 1)
  if [[ $edit -eq 1 ]]; then
    say "scenario $scen: rebuild of $LARGE posts after changing the body of $slug"
  else
    say "scenario $scen: rebuild of $LARGE posts with nothing changed"
  fi
  for r in $(seq 1 "$RUNS"); do
    if [[ $edit -eq 1 ]]; then
      local line="Edited for benchmark run $r at $(date +%s%N)."
      printf '\n%s\n' "$line" >> "$REB/$slug/index.md"
      printf '\n%s\n' "$line" >> "$REB-hugo/content/posts/$slug.md"
    fi
    if [[ $RUN_FEEDCARD -eq 1 ]]; then
      measure "$scen" feedcard "$r" "${FC[@]}" --content "$REB" --out "$OUTS/rebuild-feedcard" --languages en,ja --feeds-only
    fi
    if [[ $RUN_OTHER -eq 1 ]]; then
      measure "$scen" hugo "$r" hugo --source "$REB-hugo" --destination "$OUTS/rebuild-hugo" --quiet
    fi
  done
}

cold_cards() { # scen photos kind("" baseline, -progressive)
  local scen="$1" n="$2" kind="$3" r
  say "scenario $scen: cards from $n ${kind:+progressive }photos ($PHOTO_SIZES, cycled), cold (output deleted before each run)"
  local fo="$OUTS/$scen-feedcard" so="$OUTS/$scen-sharp"
  for r in $( [[ $WARMUP -eq 1 ]] && echo warmup; seq 1 "$RUNS"); do
    if [[ $RUN_FEEDCARD -eq 1 ]]; then
      rm -rf "$fo"
      measure "$scen" feedcard "$r" "${FC[@]}" --content "$WORK/cards-blog-$n$kind" --out "$fo" --cards-only
    fi
    if [[ $RUN_OTHER -eq 1 ]]; then
      rm -rf "$so"
      measure "$scen" sharp "$r" node bench/sharp/cards.mjs "$WORK/photos-$n$kind" "$so"
    fi
  done
  rm -f "$WORK/compare-cards-$scen.txt"
  if [[ $RUN_FEEDCARD -eq 1 && $RUN_OTHER -eq 1 && -d "$fo/cards" && -d "$so" ]]; then
    say "comparing feedcard's cards with sharp's (bench/CompareCards.java; details in $WORK/compare-cards-$scen.txt)"
    java bench/CompareCards.java "$fo/cards" "$so" > "$WORK/compare-cards-$scen.txt" 2>&1 || true
    tail -n 1 "$WORK/compare-cards-$scen.txt" >&2
  fi
}

if has a; then cold_feeds a "$SMALL"; fi
if has b; then cold_feeds b "$LARGE"; fi
if has d; then rebuild d 0; fi
if has e; then rebuild e 1; fi
if has c; then cold_cards c "$PHOTOS" ""; fi
if has p; then cold_cards p "$PHOTOS" -progressive; fi
if has g; then cold_feeds g "$LARGE" "$TAGS_PER_POST"; fi
if has f; then cold_feeds f "$HUGE"; fi

# ---------------------------------------------------------------------------------------------
# Report
stat_of() { # scen tool col(wall_s|cpu_s|peak_kb) -> median (wall, cpu) or max (peak) over successful runs, or empty
  awk -F'\t' -v s="$1" -v t="$2" -v c="$3" '
    NR > 1 && $1 == s && $2 == t && $6 == 0 { v[n++] = (c == "wall_s" ? $4 : c == "cpu_s" ? $7 : $5) }
    END {
      if (n == 0) exit
      if (c == "peak_kb") { m = v[0]; for (i = 1; i < n; i++) if (v[i] > m) m = v[i]; printf "%.0f", m / 1024; exit }
      for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (v[j] < v[i]) { x = v[i]; v[i] = v[j]; v[j] = x }
      printf "%.2f", (n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2)
    }' "$RAW"
}
fails_of() { awk -F'\t' -v s="$1" -v t="$2" 'NR > 1 && $1 == s && $2 == t && $6 != 0 { n++ } END { print n + 0 }' "$RAW"; }
ratio() { if [[ -n "$1" && -n "$2" ]]; then awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "—" }'; else echo "—"; fi; }
cell() { local v="$1" f="$2"; if [[ -n "$v" ]]; then printf '%s' "$v"; elif [[ "$f" != 0 ]]; then printf 'failed'; else printf '—'; fi; }
fmt() { printf "%'d" "$1" 2>/dev/null || printf '%s' "$1"; }

TABLE="$WORK/table.md"
has c || rm -f "$WORK/compare-cards-c.txt"
has p || rm -f "$WORK/compare-cards-p.txt"
{
  echo "| scenario | feedcard median s | other | other median s | ratio feedcard/other | feedcard CPU s | other CPU s | CPU ratio | feedcard peak MB | other peak MB |"
  echo "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  row() { # scen label other-tool [feedcard-tool]
    local s="$1" label="$2" o="$3" f="${4:-feedcard}"
    has "$s" || return 0
    local ft ot fc oc fm om
    ft=$(stat_of "$s" "$f" wall_s); ot=$(stat_of "$s" "$o" wall_s)
    fc=$(stat_of "$s" "$f" cpu_s); oc=$(stat_of "$s" "$o" cpu_s)
    fm=$(stat_of "$s" "$f" peak_kb); om=$(stat_of "$s" "$o" peak_kb)
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" \
      "$(cell "$ft" "$(fails_of "$s" "$f")")" "$o" "$(cell "$ot" "$(fails_of "$s" "$o")")" \
      "$(ratio "$ft" "$ot")" "$(cell "$fc" 0)" "$(cell "$oc" 0)" "$(ratio "$fc" "$oc")" "$(cell "$fm" 0)" "$(cell "$om" 0)"
  }
  # with a second Java, each feed scenario has a row per Java
  feed_row() { # scen label
    if [[ -n "$FC2_TOOL" ]]; then
      row "$1" "$2, Java $FC1_MAJOR" hugo
      row "$1" "$2, Java ${FC2_TOOL#feedcard-java}" hugo "$FC2_TOOL"
    else
      row "$1" "$2" hugo
    fi
  }
  feed_row a "(a) feeds, $(fmt "$SMALL") posts, cold"
  feed_row b "(b) feeds, $(fmt "$LARGE") posts, cold"
  feed_row g "(g) feeds, $(fmt "$LARGE") posts with $TAGS_PER_POST topic tags each, cold"
  row c "(c) cards from $PHOTOS baseline JPEG photos, cold" sharp
  row p "(p) cards from the same photos as progressive JPEGs, cold" sharp
  row d "(d) rebuild of (b), nothing changed" hugo
  row e "(e) rebuild of (b), one post changed" hugo
  feed_row f "(f) feeds, $(fmt "$HUGE") posts, cold"
  if has a && has b; then
    echo
    echo "Growth from $(fmt "$SMALL") to $(fmt "$LARGE") posts, cold feeds ($(( LARGE / SMALL ))x the posts: a factor of $(( LARGE / SMALL )) or less is linear or better):"
    echo
    echo "| tool | time $(fmt "$SMALL") s | time $(fmt "$LARGE") s | time x | peak $(fmt "$SMALL") MB | peak $(fmt "$LARGE") MB | peak x |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    for t in feedcard hugo; do
      a1=$(stat_of a $t wall_s); b1=$(stat_of b $t wall_s); a2=$(stat_of a $t peak_kb); b2=$(stat_of b $t peak_kb)
      [[ -z "$a1$b1" ]] && continue
      printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$t" "$(cell "$a1" 0)" "$(cell "$b1" 0)" "$(ratio "$b1" "$a1")" \
        "$(cell "$a2" 0)" "$(cell "$b2" 0)" "$(ratio "$b2" "$a2")"
    done
  fi
  bt=$(stat_of b feedcard wall_s); dt=$(stat_of d feedcard wall_s); et=$(stat_of e feedcard wall_s)
  ht=$(stat_of b hugo wall_s); bm=$(stat_of b feedcard peak_kb)
  gt=$(stat_of g feedcard wall_s); ght=$(stat_of g hugo wall_s); gm=$(stat_of g feedcard peak_kb)
  ct=$(stat_of c feedcard wall_s); st=$(stat_of c sharp wall_s)
  pt=$(stat_of p feedcard wall_s); spt=$(stat_of p sharp wall_s)
  if [[ -n "$bt$ct$pt$gt" ]]; then
    echo
    echo "Targets of issue 6 (checked here, never by a test):"
    echo
    [[ -n "$bt" && -n "$ht" ]] && echo "- feeds, $(fmt "$LARGE") posts: feedcard/Hugo = $(ratio "$bt" "$ht") (target at most 0.50); feedcard peak ${bm} MB (target under 512)"
    [[ -n "$gt" && -n "$ght" ]] && echo "- feeds, $(fmt "$LARGE") posts with $TAGS_PER_POST topic tags each: feedcard/Hugo = $(ratio "$gt" "$ght") (issue 20: at most 1.00 on both shapes, aim 0.50); feedcard peak ${gm} MB (target under 512)"
    if [[ -n "$FC2_TOOL" ]]; then
      for sc in b g; do
        t2=$(stat_of "$sc" "$FC2_TOOL" wall_s); t1=$(stat_of "$sc" feedcard wall_s); h=$(stat_of "$sc" hugo wall_s)
        [[ -n "$t2" && -n "$t1" ]] && echo "- ($sc) Java ${FC2_TOOL#feedcard-java} / Java $FC1_MAJOR = $(ratio "$t2" "$t1"); Java ${FC2_TOOL#feedcard-java}/Hugo = $(ratio "$t2" "$h")"
      done
    fi
    [[ -n "$bt" && -n "$dt" ]] && echo "- rebuild with nothing changed / cold build = $(ratio "$dt" "$bt") (target under 0.20)"
    [[ -n "$bt" && -n "$et" ]] && echo "- rebuild after one post changed / cold build = $(ratio "$et" "$bt")"
    [[ -n "$ct" && -n "$st" ]] && echo "- cards, baseline JPEGs: feedcard/sharp = $(ratio "$ct" "$st") (target at most 2.00; aim 1.00 or less)"
    [[ -n "$pt" && -n "$spt" ]] && echo "- cards, progressive JPEGs: feedcard/sharp = $(ratio "$pt" "$spt") (target at most 2.00; aim 1.00 or less)"
    for s in c p; do
      if [[ -f "$WORK/compare-cards-$s.txt" ]]; then
        echo "- ($s) cards compared with sharp's (luma SSIM and PSNR, bench/CompareCards.java; each card above 30 dB asked): $(tail -n 1 "$WORK/compare-cards-$s.txt")"
      fi
    done
  fi
} > "$TABLE"

machine() {
  local cpu java_v hugo_v node_v sharp_v fc_v
  cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  java_v=$(java -version 2>&1 | head -n 1)
  hugo_v=$(command -v hugo >/dev/null && hugo version 2>/dev/null | head -n 1 || echo "not installed")
  node_v=$(command -v node >/dev/null && node --version || echo "not installed")
  sharp_v=$( [[ -d bench/sharp/node_modules/sharp ]] && (cd bench/sharp && node -e "import('sharp').then(s => console.log('sharp ' + s.default.versions.sharp + ', libvips ' + s.default.versions.vips))") || echo "not installed")
  fc_v=$( [[ $RUN_FEEDCARD -eq 1 ]] && (java -jar "$FEEDCARD_JAR" --version 2>/dev/null | head -n 1) || echo "not measured")
  echo "- CPU: ${cpu:-unknown}; \`nproc\`: $(nproc)"
  echo "- memory (\`free -h\`): $(free -h | awk '/^Mem:/ { print $2 " total, " $7 " available" }')"
  echo "- Java: $java_v${FEEDCARD_JAVA_OPTS:+ (options: $FEEDCARD_JAVA_OPTS)}"
  echo "- feedcard: ${fc_v:-unknown}"
  echo "- Hugo: $hugo_v"
  echo "- Node: $node_v; $sharp_v"
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); commit: $(git rev-parse --short HEAD 2>/dev/null || echo none)"
  echo "- load average when the runs started: $LOAD_START (1 min); at the end: $(cut -d' ' -f1-3 /proc/loadavg)." \
       "Other work on the machine inflates wall times: compare the cpu_s column of the runs."
}

{
  echo "# feedcard benchmark results"
  echo
  inputs=()
  has a && inputs+=("a synthetic blog of $(fmt "$SMALL") posts")
  has b || has d || has e && inputs+=("one of $(fmt "$LARGE") posts")
  has g && inputs+=("the same $(fmt "$LARGE") posts with $TAGS_PER_POST topic tags each")
  has f && inputs+=("one of $(fmt "$HUGE") posts")
  has c || has p && inputs+=("$PHOTOS generated photos of $PHOTO_SIZES (cycled: 2.5, 3.9 and 7.4 MB at 8, 12 and 24 MP), as baseline (c) and progressive (p) JPEGs")
  echo "Made by \`bench/run.sh\`: $RUNS measured run(s) per tool and scenario, the tools alternating;"
  echo "medians of wall time, the largest peak RSS of any run. Inputs: $(IFS=';'; echo "${inputs[*]}" | sed 's/;/, /g')."
  echo "The blogs are built from the bodies of the hippocampus-garden corpus, in English and Japanese,"
  echo "with $TAGS topic tags (1-3 on each post, or as stated). See bench/README.md for what each scenario measures."
  echo
  echo "Machine:"
  echo
  machine
  echo
  cat "$TABLE"
  echo "<!-- end of summary -->"
  echo
  echo "<details><summary>Every run</summary>"
  echo
  echo '```'
  column -t -s $'\t' "$RAW" 2>/dev/null || cat "$RAW"
  echo '```'
  echo
  echo "</details>"
} > "$RESULTS"
say "results written to $RESULTS"
cat "$RESULTS"

if [[ $UPDATE_README -eq 1 ]]; then
  README="README.md"
  SECTION="$WORK/readme-section.md"
  if [[ -n "$bt" && -n "$ht" && -n "$dt" && -n "$ct" && -n "$st" ]]; then
    headline="On $(nproc) cores, feedcard builds the feeds of $(fmt "$LARGE") posts in $bt s at $bm MB (Hugo: $ht s at $(stat_of b hugo peak_kb) MB)${gt:+, with $TAGS_PER_POST tags on each post in $gt s (Hugo: $ght s)}, rebuilds them with nothing changed in $dt s, and makes $PHOTOS cards from 8-24-megapixel photos in $ct s (sharp: $st s)${pt:+, from the same photos as progressive JPEGs in $pt s (sharp: $spt s)}: [bench/results.md](bench/results.md)."
  else
    headline="The latest figures: [bench/results.md](bench/results.md)."
  fi
  { echo "<!-- bench:start -->"; echo "$headline"; echo "<!-- bench:end -->"; } > "$SECTION"
  if [[ -f "$README" ]] && grep -q '<!-- bench:start -->' "$README" && grep -q '<!-- bench:end -->' "$README"; then
    awk -v sec="$SECTION" '
      /<!-- bench:start -->/ { while ((getline l < sec) > 0) print l; skip = 1; next }
      /<!-- bench:end -->/ { skip = 0; next }
      !skip { print }' "$README" > "$README.tmp" && mv "$README.tmp" "$README"
    say "README.md: benchmark line replaced"
  else
    { [[ -f "$README" ]] && echo; echo "## Benchmark"; echo; cat "$SECTION"; } >> "$README"
    say "README.md had no <!-- bench:start --> ... <!-- bench:end --> markers: appended a Benchmark section with them"
  fi
fi
