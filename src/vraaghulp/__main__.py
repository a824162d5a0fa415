from vraaghulp.light.entry import main

main()
