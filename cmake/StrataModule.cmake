# strata_add_module(NAME <name> SOURCES ... [PUBLIC ...] [PRIVATE ...])
#
# One module = one folder = one library target `strata_<name>` with alias `Strata::<name>`.
# Public headers live in include/strata/<name>/, sources in src/. Link other modules PRIVATE
# unless the module's public headers include theirs. Every link is checked against the module
# table (cmake/ModuleTable.cmake): another Strata module only where the table allows the edge, a
# wrapped library (GDCM, DCMTK, VTK, ITK, Qt Sql, Qt Network, Qt Widgets, QuaZip) only in the
# modules that wrap it. The `strata_module_includes` test checks the #includes against the same table.
include(${CMAKE_CURRENT_LIST_DIR}/ModuleTable.cmake)

function(strata_check_module_links module)
  if(NOT module IN_LIST STRATA_MODULES)
    message(FATAL_ERROR "Module '${module}' is not in cmake/ModuleTable.cmake: add it and its allowed dependencies there")
  endif()
  foreach(dep IN LISTS ARGN)
    if(dep MATCHES "^Strata::([a-z0-9]+)$")
      if(NOT CMAKE_MATCH_1 IN_LIST STRATA_MODULE_USES_${module})
        message(FATAL_ERROR "Module '${module}' may not link '${dep}': the module table (cmake/ModuleTable.cmake) "
                            "allows ${module} -> {${STRATA_MODULE_USES_${module}}}")
      endif()
      continue()
    endif()
    foreach(lib IN LISTS STRATA_LIBRARIES)
      if(dep MATCHES "${STRATA_LIBRARY_${lib}_LINK}" AND NOT module IN_LIST STRATA_LIBRARY_${lib}_USERS)
        message(FATAL_ERROR "Module '${module}' may not link '${dep}': ${STRATA_LIBRARY_${lib}_NAME} is kept to "
                            "{${STRATA_LIBRARY_${lib}_USERS}} (cmake/ModuleTable.cmake)")
      endif()
    endforeach()
  endforeach()
endfunction()

function(strata_add_module)
  cmake_parse_arguments(M "" "NAME" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
  strata_check_module_links(${M_NAME} ${M_PUBLIC} ${M_PRIVATE})
  set(target strata_${M_NAME})
  add_library(${target} STATIC ${M_SOURCES})
  add_library(Strata::${M_NAME} ALIAS ${target})
  target_include_directories(${target}
    PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
  target_link_libraries(${target} PUBLIC ${M_PUBLIC} PRIVATE ${M_PRIVATE})
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
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
  if(T_GUI)
    # GUI tests share one X server: a window one shows takes the activation from another's, whose
    # keyboard shortcuts then reach nothing (a CI run lost Ctrl+Alt+3 in test_ui_worklist_gui so).
    # They run one at a time; the other tests go on beside them.
    set_tests_properties(${T_NAME} PROPERTIES RESOURCE_LOCK x_display)
  endif()
  strata_skips_visible(${T_NAME})
  strata_sanitizer_env(${T_NAME} ${T_LABELS})
endfunction()

# The sanitizer options of a test in the ASan and fuzz builds (nothing in a normal build). Leaks
# are checked everywhere (but in the render3d tests, below); the suppressions (tests/support/lsan.supp) cover only the objects of a GDCM
# call abandoned at one of GDCM's own assertions. Tests labelled badinput feed such files: they
# unwind every allocation fully (slower) so that a suppression sees the guarded call on the stack.
# Tests labelled net keep allocator_may_return_null=1: DCMTK allocates a received element with
# nothrow new and refuses the element when a lying peer's length cannot be had.
function(strata_sanitizer_env test)
  if(NOT STRATA_SANITIZE AND NOT STRATA_FUZZ)
    return()
  endif()
  set(asan "detect_leaks=1:max_allocation_size_mb=1024")
  # Tests that render through VTK's OpenGL window load Mesa's driver, which libGL unloads at exit:
  # the few hundred bytes it leaves behind cannot be told apart (their stacks point into the
  # unloaded driver), so those tests are not leak-checked; everything else about them is.
  if("render3d" IN_LIST ARGN)
    set(asan "detect_leaks=0:max_allocation_size_mb=1024")
  endif()
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
