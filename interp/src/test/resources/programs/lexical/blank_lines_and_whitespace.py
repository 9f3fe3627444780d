

x  =   1   +    2


def   f ( a ,b ) :



    return a+b


print ( f ( x , 4 ) )
print(   [ 1 ,2,  3 ]  [ 1 ]  )
if x :

    y = 1

    print ( y )
print(x)
