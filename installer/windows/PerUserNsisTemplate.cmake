# Writes NSIS.template.in for a per-user install without administrator rights, derived from the template of
# the CMake that configures the build (so it follows CMake's own fixes) with a few exact edits:
#   - the installer runs as the user (RequestExecutionLevel user) and installs into %LOCALAPPDATA%\Programs;
#     `/AllUsers` on the command line (from an elevated prompt) installs into Program Files for everyone;
#   - an upgrade finds the previous install's uninstaller under HKCU (per-user) or HKLM (all users);
#   - the uninstaller of a per-user install works in the user's context even for an administrator.
# Every edit must match exactly once: a CMake whose template changed shape stops the configure here, with
# a message, instead of producing an installer that silently asks for admin rights again.
set(tritium_nsis_source ${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in)
if(NOT EXISTS ${tritium_nsis_source})
  message(FATAL_ERROR "Installer: CMake's NSIS template is not at ${tritium_nsis_source}")
endif()
file(READ ${tritium_nsis_source} tritium_nsis)
set(tritium_uninstall_key
    [[Software\Microsoft\Windows\CurrentVersion\Uninstall\@CPACK_PACKAGE_INSTALL_REGISTRY_KEY@]])

function(tritium_nsis_edit from to)
  string(FIND "${tritium_nsis}" "${from}" first)
  string(FIND "${tritium_nsis}" "${from}" last REVERSE)
  if(first EQUAL -1 OR NOT first EQUAL last)
    message(FATAL_ERROR "Installer: CMake's NSIS template (${tritium_nsis_source}) no longer has exactly one "
                        "\"${from}\"; update installer/windows/PerUserNsisTemplate.cmake for this CMake version")
  endif()
  string(REPLACE "${from}" "${to}" edited "${tritium_nsis}")
  set(tritium_nsis "${edited}" PARENT_SCOPE)
endfunction()

tritium_nsis_edit("RequestExecutionLevel admin" "RequestExecutionLevel user")
tritium_nsis_edit([[StrCpy $INSTDIR "$DOCUMENTS\@CPACK_PACKAGE_INSTALL_DIRECTORY@"]]
                  [[StrCpy $INSTDIR "$LOCALAPPDATA\Programs\@CPACK_PACKAGE_INSTALL_DIRECTORY@"]])
# Only an explicit /AllUsers may switch to the machine-wide context; otherwise every account is "User".
tritium_nsis_edit("Function .onInit\n" [[
!include "FileFunc.nsh"
Var TRITIUM_ALL_USERS
Function TritiumReadInstallMode
  StrCpy $TRITIUM_ALL_USERS 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/AllUsers" $R1
  IfErrors +2
    StrCpy $TRITIUM_ALL_USERS 1
FunctionEnd

Function .onInit
  Call TritiumReadInstallMode
]])
tritium_nsis_edit(
  "ReadRegStr $0 HKLM \"${tritium_uninstall_key}\" \"UninstallString\""
  "ReadRegStr $0 HKCU \"${tritium_uninstall_key}\" \"UninstallString\"
  StrCmp $TRITIUM_ALL_USERS 0 +2
    ReadRegStr $0 HKLM \"${tritium_uninstall_key}\" \"UninstallString\"")
tritium_nsis_edit([[
  UserInfo::GetAccountType
  Pop $1
  StrCmp $1 "Admin" 0 +4
]] [[
  UserInfo::GetAccountType
  Pop $1
  StrCmp $TRITIUM_ALL_USERS 1 +2
    StrCpy $1 "User"
  StrCmp $1 "Admin" 0 +4
]])
tritium_nsis_edit("Function un.onInit\n" "Function un.onInit
  ; A per-user install registered its uninstaller under HKCU: stay in the user's context.
  ReadRegStr $0 HKCU \"${tritium_uninstall_key}\" \"UninstallString\"
  StrCmp $0 \"\" 0 done
")
# Component bookkeeping is written machine-wide by default, which a user-level installer may not do.
string(REPLACE "HKLM \"${tritium_uninstall_key}\\Components" "SHCTX \"${tritium_uninstall_key}\\Components"
       tritium_nsis "${tritium_nsis}")

set(TRITIUM_NSIS_TEMPLATE_DIR ${PROJECT_BINARY_DIR}/installer/windows/nsis-template)
file(WRITE ${TRITIUM_NSIS_TEMPLATE_DIR}/NSIS.template.in "${tritium_nsis}")
