# Project-wide compile options, carried by one INTERFACE target that every
# target links: the language level, warnings and Qt's strictness switches.
add_library(rebound_options INTERFACE)
add_library(Rebound::Options ALIAS rebound_options)

target_compile_features(rebound_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(rebound_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    REBOUND_VERSION="${PROJECT_VERSION}"
    REBOUND_COPYRIGHT="${REBOUND_COPYRIGHT}")

if(MSVC)
    target_compile_options(rebound_options INTERFACE /W4 /permissive- /utf-8)
    if(REBOUND_WARNINGS_AS_ERRORS)
        target_compile_options(rebound_options INTERFACE /WX)
    endif()
else()
    target_compile_options(rebound_options INTERFACE -Wall -Wextra -Wpedantic
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        $<IF:$<CXX_COMPILER_ID:GNU>,-Wshadow=local,-Wshadow-uncaptured-local>)
    if(REBOUND_WARNINGS_AS_ERRORS)
        target_compile_options(rebound_options INTERFACE -Werror)
    endif()
endif()

# REBOUND_SANITIZE: sanitizers every target is built with, tests included
# (address;undefined, or thread). The asan and tsan presets set it with the
# runtime options the tests want.
set(REBOUND_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address;undefined or thread")
if(REBOUND_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "REBOUND_SANITIZE is for GCC and Clang")
    endif()
    # ThreadSanitizer sees Qt's mutexes and event queues only in a Qt built
    # with it; against any other Qt each queued signal reads as a race.
    if("thread" IN_LIST REBOUND_SANITIZE)
        get_target_property(qt_features Qt6::Core QT_ENABLED_PUBLIC_FEATURES)
        if(NOT "sanitize_thread" IN_LIST qt_features)
            message(FATAL_ERROR "REBOUND_SANITIZE=thread needs a Qt built with ThreadSanitizer, "
                                "not the one in ${Qt6_DIR}: run scripts/build-tsan-qt.sh, "
                                "then configure with the tsan preset")
        endif()
    endif()
    list(JOIN REBOUND_SANITIZE "," sanitizers)
    target_compile_options(rebound_options INTERFACE
        -fsanitize=${sanitizers} -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(rebound_options INTERFACE -fsanitize=${sanitizers})
endif()
add_feature_info(Sanitizers REBOUND_SANITIZE "built with -fsanitize=${REBOUND_SANITIZE}")

# REBOUND_FUZZ: libFuzzer's coverage instrumentation on every target, and the
# fuzz_* targets in tests/fuzz linked with libFuzzer's driver (clang only).
# Without it those targets are built as replayers of their corpus, which run
# with the unit tests.
option(REBOUND_FUZZ "Build the fuzz_* targets with libFuzzer (clang)" OFF)
if(REBOUND_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "REBOUND_FUZZ needs clang (libFuzzer), not ${CMAKE_CXX_COMPILER_ID}")
    endif()
    target_compile_options(rebound_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
add_feature_info(Fuzzing REBOUND_FUZZ "fuzz_* targets built with libFuzzer")

# The hardening Debian builds its own packages with: stack protection, checked
# libc calls, and a read-only relocation table resolved at start. (Fortified
# calls stand in the sanitizers' way, so a sanitized build goes without.)
if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(rebound_options INTERFACE -fstack-protector-strong -fstack-clash-protection)
    if(NOT REBOUND_SANITIZE)
        target_compile_definitions(rebound_options INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    endif()
    target_link_options(rebound_options INTERFACE LINKER:-z,relro LINKER:-z,now)
endif()
