# Package metadata shared by every generator, then the platform's generators and settings, then CPack.
# `cmake --build <build> --target package` (or `cpack` in the build folder) makes the packages. Paths are
# taken relative to this file, so tests/packaging/nsis can reuse it around a cross-built executable.
get_filename_component(tritium_root ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)
set(CPACK_PACKAGE_NAME tritium)
set(CPACK_PACKAGE_VENDOR "The Tritium authors")
set(CPACK_PACKAGE_CONTACT "The Tritium authors <tritium@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Tritium is a desktop chat app for talking to a language model on your own computer, fully offline. Its "
    "own engine, trit, runs ternary (1.58-bit) BitNet b1.58 models fast on an ordinary CPU. Conversations "
    "stay on your machine; nothing leaves it unless you start a model download.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Tritium)
set(CPACK_PACKAGE_EXECUTABLES tritium Tritium)
set(CPACK_RESOURCE_FILE_LICENSE ${tritium_root}/LICENSE)
set(CPACK_RESOURCE_FILE_README ${tritium_root}/README.md)
# Debug information stays in the build tree; the packages get stripped binaries.
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "\\\\.gguf$")

if(WIN32)
  include(${CMAKE_CURRENT_LIST_DIR}/windows/CPackWindows.cmake)
elseif(APPLE)
  include(${CMAKE_CURRENT_LIST_DIR}/macos/CPackMacOS.cmake)
else()
  include(${CMAKE_CURRENT_LIST_DIR}/linux/CPackLinux.cmake)
endif()

include(CPack)
