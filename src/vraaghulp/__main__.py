from vraaghulp.entry import main

main()
