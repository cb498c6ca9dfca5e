"""`python -m aikg`: the same as the `aikg` console script."""

from .launch import main

main()
