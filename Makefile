# Thin wrapper around CMake. The two commands a new user needs:
#   make demo    build and run the demo
#   make check   build (normal + ASan/UBSan) and run every test
BUILD      ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
TSAN_BUILD ?= build-tsan
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
FUZZ_SECONDS ?= 600

.PHONY: all build deps demo check check-build check-asan check-tsan check-fuzz drift regen bench fuzz fuzz-cov docs format clean

all: build

build:
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo:
	@scripts/deps.sh build
	@$(MAKE) --no-print-directory build
	@scripts/demo.sh $(BUILD)

check:
	@scripts/deps.sh check
	@$(MAKE) --no-print-directory drift
	@$(MAKE) --no-print-directory check-asan
	@$(MAKE) --no-print-directory check-tsan
	@$(MAKE) --no-print-directory check-fuzz
	@$(MAKE) --no-print-directory check-build

# Plain build last, so ctest's closing line is the one CI reads.
check-build: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) --timeout 600

check-asan:
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DFSIP_SANITIZE=asan,ubsan $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS) --timeout 900 -LE nosan

# ThreadSanitizer on the multi-threaded tests (ctest label tsan): only
# their targets are built.
check-tsan:
	@cmake -S . -B $(TSAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DFSIP_SANITIZE=tsan $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(TSAN_BUILD) -j $(JOBS) --target loop_post_threads
	cd $(TSAN_BUILD) && TSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -L tsan --timeout 300

# libFuzzer smoke runs (clang, ASan+UBSan): a few seconds per harness, plus
# every file in fuzz/regressions/.
check-fuzz:
	@CC=clang cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=Debug -DFSIP_FUZZ=ON -DFSIP_TESTS=OFF \
	  -DFSIP_SANITIZE=asan,ubsan $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS)
	@scripts/fuzz-smoke.sh $(FUZZ_BUILD)

# Fails when gen/ differs from a fresh regeneration of grammar/ and fsm/.
drift:
	@scripts/regen.sh --check

regen:
	@scripts/deps.sh check
	@scripts/regen.sh

bench:
	@scripts/deps.sh bench
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)
	@scripts/bench.sh $(BUILD)
	@scripts/bench-calls.sh $(BUILD)

fuzz:
	@scripts/deps.sh fuzz
	@FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

# Lines and branches of runtime/ and gen/ reached by the corpora in fuzz/out/.
fuzz-cov:
	@scripts/deps.sh fuzz
	@scripts/fuzz-cov.sh

docs:
	@scripts/deps.sh check
	@scripts/docs.sh

format:
	@clang-format -i $$(git ls-files '*.c' '*.h' | grep -v '^gen/')

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(TSAN_BUILD) $(FUZZ_BUILD) build-afl
