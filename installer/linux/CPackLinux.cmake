# Linux packages: a DEB and an RPM installed under /usr, and a .tar.gz to unpack anywhere (it uses the
# system's Qt 6, like the DEB). The RPM is made only where rpmbuild exists.
set(CPACK_GENERATOR DEB TGZ)
find_program(TRITIUM_RPMBUILD rpmbuild)
if(TRITIUM_RPMBUILD)
  list(APPEND CPACK_GENERATOR RPM)
endif()
if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64|amd64")
  set(tritium_arch x86_64)
else()
  set(tritium_arch ${CMAKE_SYSTEM_PROCESSOR})
endif()
# The tarball is relocatable: bin/ and share/ under one top folder, unpacked anywhere. DEB and RPM install
# under /usr (their generators' default prefix) and name their files the distribution's way.
set(CPACK_PACKAGE_FILE_NAME tritium-${PROJECT_VERSION}-linux-${tritium_arch})

# DEB: shared-library dependencies come from dpkg-shlibdeps; QML modules and Qt plugins are loaded at run
# time, which shlibdeps cannot see, so they are listed by hand (one per `import` in qml/, plus what those pull
# in at run time: templates, window, workerscript; SQLite for the conversation store; SVG for the icon).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(tritium_deb_runtime_modules
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-dialogs
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
    libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6)
string(JOIN ", " CPACK_DEBIAN_PACKAGE_DEPENDS ${tritium_deb_runtime_modules})
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core")

# RPM (Fedora names): automatic requirements cover the shared libraries; the QML modules, SQLite driver and
# SVG plugin are in these packages. System folders the package does not own stay out of its file list.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_PACKAGE_GROUP Applications/Productivity)
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtdeclarative, qt6-qtbase-gui, qt6-qtsvg")
set(tritium_rpm_system_dirs /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256 512)
  list(APPEND tritium_rpm_system_dirs /usr/share/icons/hicolor/${size}x${size}
       /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${tritium_rpm_system_dirs})
