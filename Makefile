# Strata: two commands on a fresh Debian 12 machine (as root).
#   make run   install what is missing, build, open Strata on the bundled sample study
#   make test  install what is missing, build, run the whole suite (normal + sanitizer builds)
# Builds use Ninja and ccache; a second `make test` with nothing changed rebuilds nothing.

BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc)
DATA_DIR   ?= $(CURDIR)/$(BUILD)/run-data
CMAKE_ARGS ?=

# Relative paths in ccache keys: a fresh clone elsewhere reuses the cache.
export CCACHE_BASEDIR := $(CURDIR)

.PHONY: run test deps build build-asan bench clean

deps:
	@bash packaging/install-deps.sh

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_ARGS)

$(ASAN_BUILD)/build.ninja:
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSTRATA_SANITIZE=ON \
	  -DSTRATA_BUILD_GUI=OFF -DSTRATA_BUILD_BENCHMARKS=OFF

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD) -j $(JOBS)

# The DICOM core, its bad-input tests and the import pipeline run under ASan/UBSan: that is where
# untrusted bytes enter.
build-asan: deps $(ASAN_BUILD)/build.ninja
	ninja -C $(ASAN_BUILD) -j $(JOBS) test_dicom_badinput test_dicom_header test_dicom_pixels test_dicom_charset test_store test_imaging_seriesvolume

test: build build-asan
	@bash tests/support/run-tests.sh $(BUILD) $(ASAN_BUILD)

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

bench: build
	ninja -C $(BUILD) bench

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
