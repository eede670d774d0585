module gostdscripts

go 1.19
