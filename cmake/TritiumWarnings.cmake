# Warnings are errors in our own targets. Targets that compile Qt's generated QML cache code pass
# QT_GENERATED: that code (qmlcachegen, Qt 6.4) shadows its own parameters and Qt's headers trip GCC's
# -Wnull-dereference (qglobalstatic.h), so those two are left out there.
function(tritium_warnings target)
  cmake_parse_arguments(ARG "QT_GENERATED" "" "" ${ARGN})
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /WX)
  else()
    set(flags -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Werror)
    if(NOT ARG_QT_GENERATED)
      list(APPEND flags -Wshadow -Wnull-dereference)
    endif()
    target_compile_options(${target} PRIVATE ${flags})
  endif()
endfunction()
