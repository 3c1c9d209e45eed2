# strata_add_module(NAME <name> SOURCES ... [DEPENDS PUBLIC ... PRIVATE ...] [WIDGETS])
#
# One module = one folder = one library target `strata_<name>` with alias `Strata::<name>`.
# Public headers live in include/strata/<name>/, sources in src/. A module that is not
# declared WIDGETS must not link Qt Widgets: the build fails if it does (the dependency rule
# of docs/architecture.md, kept by CMake rather than by review).
function(strata_add_module)
  cmake_parse_arguments(M "WIDGETS" "NAME" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
  set(target strata_${M_NAME})
  add_library(${target} STATIC ${M_SOURCES})
  add_library(Strata::${M_NAME} ALIAS ${target})
  target_include_directories(${target}
    PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
  target_link_libraries(${target} PUBLIC ${M_PUBLIC} PRIVATE ${M_PRIVATE})
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  if(NOT M_WIDGETS)
    foreach(dep IN LISTS M_PUBLIC M_PRIVATE)
      if(dep MATCHES "Widgets|Strata::ui")
        message(FATAL_ERROR "Module '${M_NAME}' may not link '${dep}': nothing below ui links Qt Widgets")
      endif()
    endforeach()
  endif()
endfunction()

# strata_add_test(NAME <name> SOURCES ... LIBS ... [LABELS ...] [GUI] [TIMEOUT s])
# A Qt Test executable registered with CTest. GUI tests run under the offscreen-capable
# X server that the caller provides (xvfb-run in .ci/run and make test).
function(strata_add_test)
  cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
  # Shared test helpers (the Orthanc fixture's values, the GUI gap monitor, ...).
  target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
  target_compile_definitions(${T_NAME} PRIVATE
    STRATA_TESTDATA_DIR="${STRATA_TESTDATA_DIR}"
    STRATA_BINARY_DIR="${CMAKE_BINARY_DIR}")
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set(env "QT_FATAL_WARNINGS=0" ${T_ENV})
  if(NOT T_GUI)
    list(APPEND env "QT_QPA_PLATFORM=offscreen")
  endif()
  set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT} LABELS "${T_LABELS}" ENVIRONMENT "${env}")
  strata_skips_visible(${T_NAME})
  strata_sanitizer_env(${T_NAME} ${T_LABELS})
endfunction()

# The sanitizer options of a test in the ASan and fuzz builds (nothing in a normal build). Leaks
# are checked everywhere; the suppressions (tests/support/lsan.supp) cover only the objects of a GDCM
# call abandoned at one of GDCM's own assertions. Tests labelled badinput feed such files: they
# unwind every allocation fully (slower) so that a suppression sees the guarded call on the stack.
# Tests labelled net keep allocator_may_return_null=1: DCMTK allocates a received element with
# nothrow new and refuses the element when a lying peer's length cannot be had.
function(strata_sanitizer_env test)
  if(NOT STRATA_SANITIZE AND NOT STRATA_FUZZ)
    return()
  endif()
  set(asan "detect_leaks=1:max_allocation_size_mb=1024")
  if("net" IN_LIST ARGN)
    string(APPEND asan ":allocator_may_return_null=1")
  else()
    string(APPEND asan ":allocator_may_return_null=0")
  endif()
  if("badinput" IN_LIST ARGN OR "fuzz" IN_LIST ARGN)
    string(APPEND asan ":fast_unwind_on_malloc=0")
  endif()
  set_property(TEST ${test} APPEND PROPERTY ENVIRONMENT
    "ASAN_OPTIONS=${asan}"
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/support/lsan.supp:print_suppressions=0"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
endfunction()

# A Qt Test program that skipped something (QSKIP) and failed nothing is reported by CTest as
# "Not Run", never as passed; one that failed stays failed. tests/support/run-tests.sh lists them.
function(strata_skips_visible test)
  set_tests_properties(${test} PROPERTIES
    SKIP_REGULAR_EXPRESSION "Totals: [0-9]+ passed, 0 failed, [1-9][0-9]* skipped")
endfunction()
