module example.com/conform-adapter

go 1.19
