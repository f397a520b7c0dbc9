# ctest script: runs lupdate over the current sources into a copy of the Vietnamese catalogue
# and fails when any text is untranslated (a tr() added without its Vietnamese).
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK_DIR}/project.json
                        -P "${GENERATOR}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cannot generate the lupdate project")
endif()
file(COPY_FILE "${TS_FILE}" "${WORK_DIR}/motcua_vi.ts")
execute_process(COMMAND "${LUPDATE}" -silent -project "${WORK_DIR}/project.json" -no-obsolete
                        -locations none -ts "${WORK_DIR}/motcua_vi.ts" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed")
endif()
file(READ "${WORK_DIR}/motcua_vi.ts" catalogue)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\"" missing "${catalogue}")
list(LENGTH missing count)
if(count GREATER 0)
    string(REPLACE ";" "\n" missing "${missing}")
    message(FATAL_ERROR "${count} text(s) lack a Vietnamese translation in ${TS_FILE}. Run "
                        "'cmake --build build --target update_translations' and translate:\n${missing}")
endif()
message(STATUS "Vietnamese catalogue complete")
