# Strata: two commands on a fresh Debian 12 machine (as root).
#   make run   install what is missing, build, open Strata on the bundled sample study
#   make test  install what is missing, build, run the whole suite (normal, sanitizer and fuzz builds)
#   make fuzz  run every fuzzer for FUZZ_SECONDS (default 600) each, growing its corpus
#   make package  build the Debian package (CPack) into build/package/
# Builds use Ninja and ccache; a second `make test` with nothing changed rebuilds nothing.

BUILD      ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 600
JOBS       ?= $(shell nproc)
DATA_DIR   ?= $(CURDIR)/$(BUILD)/run-data
CMAKE_ARGS ?=

# Relative paths in ccache keys, and the build folder left out of them (debug info names the
# folder that compiled first): a fresh clone elsewhere, or another build folder, reuses the cache.
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1

.PHONY: run test deps build build-asan build-fuzz fuzz bench package clean

deps:
	@bash packaging/install-deps.sh

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_ARGS)

$(ASAN_BUILD)/build.ninja:
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSTRATA_SANITIZE=ON \
	  -DSTRATA_BUILD_GUI=OFF -DSTRATA_BUILD_BENCHMARKS=OFF

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD) -j $(JOBS)

# Every test program that needs no display is built and run again under ASan/UBSan: untrusted
# bytes enter through dicom, store, net and cli.
build-asan: deps $(ASAN_BUILD)/build.ninja
	ninja -C $(ASAN_BUILD) -j $(JOBS)

# The libFuzzer build (clang): the harnesses of tests/fuzz over the modules that read untrusted bytes.
$(FUZZ_BUILD)/build.ninja:
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTRATA_FUZZ=ON

build-fuzz: deps $(FUZZ_BUILD)/build.ninja
	ninja -C $(FUZZ_BUILD) -j $(JOBS)

test: build build-asan build-fuzz
	@bash tests/support/run-tests.sh $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)

fuzz: build-fuzz
	STRATA_FUZZ_SECONDS=$(FUZZ_SECONDS) ctest --test-dir $(FUZZ_BUILD) -L fuzz -j $(JOBS) --output-on-failure --no-tests=error

run: build
	@mkdir -p $(DATA_DIR)
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then \
	  $(BUILD)/app/strata --data-dir $(DATA_DIR) demo >/dev/null && \
	  $(BUILD)/app/strata --data-dir $(DATA_DIR) import --quiet $(DATA_DIR)/sample-study >/dev/null; \
	  $(BUILD)/app/strata --data-dir $(DATA_DIR) --open $(DATA_DIR)/sample-study --layout mpr; \
	else \
	  echo "strata: no display (DISPLAY is not set): running the headless demo instead."; \
	  $(BUILD)/app/strata --data-dir $(DATA_DIR) demo; \
	fi

# The Debian package (CPack): build/package/strata_<version>_<arch>.deb.
package: build
	cd $(BUILD) && cpack -G DEB
	@ls -1 $(BUILD)/package/*.deb

bench: build
	ninja -C $(BUILD) bench

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
