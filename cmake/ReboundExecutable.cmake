# rebound_stamp_executable(TARGET DESCRIPTION text)
#
# Gives an executable the app icon and the project's version where each
# platform looks for them: a version resource and icon on Windows, the
# Info.plist and icon of an app bundle on macOS. (On Linux the icon comes
# from the desktop entry, the version from --version.)
function(rebound_stamp_executable target)
    cmake_parse_arguments(ARG "" "DESCRIPTION" "" ${ARGN})
    if(NOT TARGET rebound_icons)
        return()
    endif()
    add_dependencies(${target} rebound_icons)
    if(WIN32)
        set(rc_name "${target}")
        set(rc_description "${ARG_DESCRIPTION}")
        set(rc_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_version.rc")
        configure_file("${PROJECT_SOURCE_DIR}/installer/windows/version.rc.in" "${rc_file}" @ONLY)
        target_sources(${target} PRIVATE "${rc_file}")
        set_source_files_properties("${rc_file}" PROPERTIES OBJECT_DEPENDS "${REBOUND_ICON_DIR}/rebound.ico")
    endif()
    get_target_property(bundle ${target} MACOSX_BUNDLE)
    if(APPLE AND bundle)
        set(icns "${REBOUND_ICON_DIR}/rebound.icns")
        set_source_files_properties("${icns}" PROPERTIES
            GENERATED TRUE
            MACOSX_PACKAGE_LOCATION Resources)
        target_sources(${target} PRIVATE "${icns}")
        set_target_properties(${target} PROPERTIES
            MACOSX_BUNDLE_BUNDLE_NAME "Rebound"
            MACOSX_BUNDLE_GUI_IDENTIFIER "app.rebound.desktop"
            MACOSX_BUNDLE_ICON_FILE "rebound.icns"
            MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
            MACOSX_BUNDLE_LONG_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_COPYRIGHT "Copyright © ${REBOUND_COPYRIGHT}"
            MACOSX_BUNDLE_INFO_STRING "${ARG_DESCRIPTION}")
    endif()
endfunction()

# On Windows the installer carries every DLL the executables load that is not
# Qt's (Qt's deploy tool brings those) or Windows' own: install(TARGETS) adds
# them to this set, installer/CMakeLists.txt installs it.
set(REBOUND_RUNTIME_DEPENDENCIES "")
if(WIN32)
    set(REBOUND_RUNTIME_DEPENDENCIES RUNTIME_DEPENDENCY_SET rebound_runtime)
endif()
