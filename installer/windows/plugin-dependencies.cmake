# Runs at install time, after Qt's deploy step: copies beside rebound.exe the
# DLLs that Qt's plugins load, which windeployqt leaves out (libpq and OpenSSL
# for the PostgreSQL driver). REBOUND_DLL_DIR is where vcpkg put its DLLs.
set(prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
file(GLOB plugins "${prefix}/plugins/*/*.dll")
file(GET_RUNTIME_DEPENDENCIES
    LIBRARIES ${plugins}
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    DIRECTORIES "${REBOUND_DLL_DIR}" "${prefix}/bin"
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES "[/\\][Ss]ystem32[/\\]" "[/\\][Ww]indows[/\\]")
foreach(dll IN LISTS resolved)
    get_filename_component(name "${dll}" NAME)
    if(NOT EXISTS "${prefix}/bin/${name}")
        file(INSTALL "${dll}" DESTINATION "${prefix}/bin")
    endif()
endforeach()
if(unresolved)
    message(FATAL_ERROR "Qt's plugins load DLLs found nowhere: ${unresolved}")
endif()
