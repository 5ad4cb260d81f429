"""Practical cases: the case files, grading of answers, progress of trainees."""
