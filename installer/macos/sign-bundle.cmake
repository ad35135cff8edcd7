# CPack pre-build script (macOS): signs Tritium.app in CPack's staging folder before the DMG is made.
# Inner code first (frameworks, plug-ins, the trit tool), then the app, all with the hardened runtime and a
# secure timestamp, which notarization requires. TRITIUM_CODESIGN_IDENTITY names the certificate (for
# example "Developer ID Application: Name (TEAMID)"); when it is unset the app is signed ad hoc ("-").
file(GLOB_RECURSE tritium_apps LIST_DIRECTORIES true "${CPACK_TEMPORARY_DIRECTORY}/*Tritium.app")
list(FILTER tritium_apps INCLUDE REGEX "/Tritium\\.app$")
if(NOT tritium_apps)
  message(FATAL_ERROR "sign-bundle: no Tritium.app under ${CPACK_TEMPORARY_DIRECTORY}")
endif()
set(identity "$ENV{TRITIUM_CODESIGN_IDENTITY}")
set(extra_options --options runtime --timestamp)
if(identity STREQUAL "")
  set(identity "-")
  set(extra_options) # ad-hoc signatures take no timestamp
  message(STATUS "sign-bundle: TRITIUM_CODESIGN_IDENTITY is unset; signing ad hoc")
endif()

function(tritium_codesign path)
  execute_process(COMMAND codesign --force --sign "${identity}" ${extra_options} ${ARGN} "${path}"
                  RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "sign-bundle: codesign failed for ${path}")
  endif()
endfunction()

foreach(app IN LISTS tritium_apps)
  file(GLOB_RECURSE inner_code LIST_DIRECTORIES false "${app}/Contents/Frameworks/*.dylib"
       "${app}/Contents/PlugIns/*.dylib")
  file(GLOB frameworks LIST_DIRECTORIES true "${app}/Contents/Frameworks/*.framework")
  foreach(code IN LISTS inner_code frameworks)
    tritium_codesign("${code}")
  endforeach()
  if(EXISTS "${app}/Contents/MacOS/trit")
    tritium_codesign("${app}/Contents/MacOS/trit" --entitlements "${CPACK_TRITIUM_ENTITLEMENTS}")
  endif()
  tritium_codesign("${app}" --entitlements "${CPACK_TRITIUM_ENTITLEMENTS}")
  execute_process(COMMAND codesign --verify --deep --strict --verbose=2 "${app}" RESULT_VARIABLE verified)
  if(NOT verified EQUAL 0)
    message(FATAL_ERROR "sign-bundle: the signature of ${app} does not verify")
  endif()
  message(STATUS "sign-bundle: signed ${app} as ${identity}")
endforeach()
