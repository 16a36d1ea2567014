// libFuzzer entry point of the "json_reader" target; what it runs and checks: fuzz/targets/fuzztargets.cpp.
#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return CreditDesk::Fuzz::jsonReader(data, size);
}
