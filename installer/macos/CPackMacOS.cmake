# macOS: a drag-to-Applications DMG (the window shows Tritium.app and a link to /Applications). The app is
# signed in the staging folder by sign-bundle.cmake, after CPack installed it and before the image is made,
# so the DMG carries a signed app; the DMG itself is then notarized and stapled by the release workflow.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_FILE_NAME tritium-${PROJECT_VERSION}-macos)
set(CPACK_DMG_VOLUME_NAME "Tritium ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_DMG_FILESYSTEM APFS)
# Only the app belongs in the DMG window; CPack's own README/licence pages are not shown for DragNDrop.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/sign-bundle.cmake)
# Read by sign-bundle.cmake: the identity comes from the environment (a Developer ID in the release
# workflow); without one the app is signed ad hoc, which Apple silicon requires to run at all.
set(CPACK_TRITIUM_ENTITLEMENTS ${CMAKE_CURRENT_LIST_DIR}/entitlements.plist)
