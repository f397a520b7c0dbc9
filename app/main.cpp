#include "commandline.h"

int main(int argc, char **argv)
{
    return motcua::CommandLine::run(argc, argv);
}
