# Windows: an NSIS installer (per-user by default, no administrator rights needed) and a portable zip.
#   Silent install:   tritium-<version>-win64.exe /S            (per-user, into %LOCALAPPDATA%\Programs\Tritium)
#   Silent, for all:  tritium-<version>-win64.exe /S /AllUsers  (needs an elevated prompt)
#   Other folder:     ... /S /D=C:\Tools\Tritium                 (/D must come last, without quotes)
#   Upgrade:          running a newer installer replaces the files in place (the older one is uninstalled
#                     first, silently, keeping the user's conversations and models, which live elsewhere).
#   Uninstall:        Settings > Apps, Start menu > Tritium > Uninstall, or Uninstall.exe /S
set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_PACKAGE_FILE_NAME tritium-${PROJECT_VERSION}-win64)
set(CPACK_NSIS_PACKAGE_NAME Tritium)
set(CPACK_NSIS_DISPLAY_NAME "Tritium ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\tritium.exe)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
# Start menu: Tritium\Tritium (CPACK_PACKAGE_EXECUTABLES, found in bin\) and Tritium\Uninstall.
set(CPACK_NSIS_MUI_FINISHPAGE_RUN tritium.exe)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
# An upgrade uninstalls the previous version (found through its registry entry) before copying, silently.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY Tritium)
set(CPACK_NSIS_UNINSTALL_NAME Uninstall)
set(CPACK_NSIS_MODIFY_PATH OFF)
# Per-user install without administrator rights: the template runs at user level and installs into
# %LOCALAPPDATA%\Programs\Tritium; with /AllUsers it goes to Program Files (PerUserNsisTemplate.cmake).
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
include(${CMAKE_CURRENT_LIST_DIR}/PerUserNsisTemplate.cmake)
list(PREPEND CMAKE_MODULE_PATH ${TRITIUM_NSIS_TEMPLATE_DIR})
