# rebound_add_test(NAME SOURCES files... LIBS libs... LABELS labels... [TIMEOUT s] [ENVIRONMENT k=v...]
#                  [WRAPPER script])
# WRAPPER runs the test through a script that first starts what it needs
# (e.g. scripts/with-postgres.sh).
#
# One QtTest executable per suite, registered with CTest. Every test runs on
# the offscreen platform with a fixed locale so results do not depend on the
# machine's display or language.
set(REBOUND_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH
    "The project's shared reference folder (Twilio spec, qualification corpus)")

function(rebound_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT;WRAPPER" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test Rebound::Options ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    target_compile_definitions(${name} PRIVATE
        REBOUND_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        REBOUND_SHARED_DIR="${REBOUND_SHARED_DIR}"
        REBOUND_CLI_PATH="$<TARGET_FILE:rebound-cli>")
    add_dependencies(${name} rebound-cli)
    if(ARG_WRAPPER)
        add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=en_US.UTF-8;LC_ALL=C.UTF-8;${ARG_ENVIRONMENT}")
endfunction()
