# One INTERFACE target carries the compile policy; every target links it.
add_library(creditdesk_compile_policy INTERFACE)
target_compile_features(creditdesk_compile_policy INTERFACE cxx_std_20)
target_compile_definitions(creditdesk_compile_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    CREDITDESK_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(creditdesk_compile_policy INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-align -Wimplicit-fallthrough -Wformat=2)
    if(CREDITDESK_WERROR)
        target_compile_options(creditdesk_compile_policy INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(creditdesk_compile_policy INTERFACE /W4 /permissive- /utf-8)
    if(CREDITDESK_WERROR)
        target_compile_options(creditdesk_compile_policy INTERFACE /WX)
    endif()
endif()
