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
    target_compile_options(rebound_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
    if(REBOUND_WARNINGS_AS_ERRORS)
        target_compile_options(rebound_options INTERFACE -Werror)
    endif()
endif()

# The hardening Debian builds its own packages with: stack protection, checked
# libc calls, and a read-only relocation table resolved at start.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(rebound_options INTERFACE -fstack-protector-strong -fstack-clash-protection)
    target_compile_definitions(rebound_options INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    target_link_options(rebound_options INTERFACE LINKER:-z,relro LINKER:-z,now)
endif()
