# Warnings are errors in our own targets (not in Qt's generated code, which gets the same flags but is clean).
function(tritium_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /WX)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wcast-align -Woverloaded-virtual -Wnull-dereference -Werror)
  endif()
endfunction()
